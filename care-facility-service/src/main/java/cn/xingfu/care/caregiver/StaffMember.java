package cn.xingfu.care.caregiver;

import cn.xingfu.care.shared.crypto.Encrypted;
import cn.xingfu.kernel.Masking;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A person working at one facility. Leaving sets them inactive; the record and its certificates stay. */
@Entity
@Table(name = "care_staff")
class StaffMember {

    @Id
    private Long id;

    @Column(name = "facility_id", nullable = false)
    private long facilityId;

    @Column(nullable = false, length = 60)
    private String name;

    @Convert(converter = Encrypted.class)
    @Column(name = "id_number", length = 120)
    private @Nullable String idNumber;

    @Column(name = "id_number_index", length = 64)
    private @Nullable String idNumberIndex;

    @Enumerated(EnumType.STRING)
    @Column(name = "staff_role", nullable = false, length = 20)
    private StaffRole role;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "hired_on")
    private @Nullable LocalDate hiredOn;

    @Version
    private long version;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected StaffMember() {}

    StaffMember(
            long id,
            long facilityId,
            String name,
            @Nullable String idNumber,
            @Nullable String idNumberIndex,
            StaffRole role,
            @Nullable LocalDate hiredOn,
            Instant now) {
        this.id = id;
        this.facilityId = facilityId;
        this.name = name.trim();
        this.idNumber = idNumber;
        this.idNumberIndex = idNumberIndex;
        this.role = role;
        this.hiredOn = hiredOn;
        this.active = true;
        this.createdAt = now;
    }

    void setActive(boolean active) {
        this.active = active;
    }

    StaffView view() {
        return new StaffView(
                id,
                facilityId,
                name,
                idNumber == null ? null : Masking.idNumber(idNumber),
                role,
                active,
                hiredOn,
                version);
    }

    CertificationRule.Person person() {
        return new CertificationRule.Person(id, name, role, active);
    }

    long id() {
        return id;
    }

    long facilityId() {
        return facilityId;
    }

    String name() {
        return name;
    }

    StaffRole role() {
        return role;
    }

    boolean active() {
        return active;
    }
}
