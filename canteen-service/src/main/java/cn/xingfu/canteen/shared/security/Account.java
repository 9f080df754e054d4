package cn.xingfu.canteen.shared.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A login: staff member, kiosk device or volunteer. Passwords (kiosk secrets) are stored only as BCrypt
 * hashes. Kiosks and non-admin staff are bound to one canteen.
 */
@Entity
@Table(name = "account")
public class Account {

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

    @Column(name = "canteen_id")
    private Long canteenId;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Account() {}

    public Account(long id, String username, String passwordHash, String displayName, Role role, Long canteenId) {
        if (role != Role.DISTRICT_ADMIN && role != Role.SERVICE && canteenId == null) {
            throw new IllegalArgumentException(role + " accounts must be bound to a canteen");
        }
        this.id = id;
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.role = role;
        this.canteenId = canteenId;
        this.active = true;
        this.createdAt = Instant.now();
    }

    public Actor toActor() {
        return new Actor(id, username, role, canteenId);
    }

    public void deactivate() {
        this.active = false;
    }

    public long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Role getRole() {
        return role;
    }

    public Long getCanteenId() {
        return canteenId;
    }

    public boolean isActive() {
        return active;
    }
}
