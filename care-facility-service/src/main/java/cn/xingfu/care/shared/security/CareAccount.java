package cn.xingfu.care.shared.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/** A login of the care service. Passwords are kept only as BCrypt hashes. */
@Entity
@Table(name = "care_account")
public class CareAccount {

    @Id
    private Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 100)
    private String passwordHash;

    @Column(name = "display_name", nullable = false, length = 100)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Role role;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Facilities a care manager manages; district administrators need none. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "care_manager_facility", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "facility_id", nullable = false)
    private Set<Long> facilityIds = new HashSet<>();

    protected CareAccount() {}

    /** @param createdAt now, from the caller's clock */
    public CareAccount(
            long id, String username, String passwordHash, String displayName, Role role, Instant createdAt) {
        this.id = id;
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.role = role;
        this.active = true;
        this.createdAt = createdAt;
    }

    public void manage(long facilityId) {
        facilityIds.add(facilityId);
    }

    public void stopManaging(long facilityId) {
        facilityIds.remove(facilityId);
    }

    public void deactivate() {
        active = false;
    }

    public Actor toActor() {
        return new Actor(id, username, displayName, role, Set.copyOf(facilityIds));
    }

    public long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public boolean active() {
        return active;
    }

    public Role role() {
        return role;
    }

    public Set<Long> facilityIds() {
        return Set.copyOf(facilityIds);
    }
}
