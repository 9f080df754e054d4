package cn.xingfu.care.caregiver;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One person on one shift of one day, at a facility and optionally on one of its care units. */
@Entity
@Table(name = "roster_entry")
class RosterEntry {

    @Id
    private Long id;

    @Column(name = "facility_id", nullable = false)
    private long facilityId;

    @Column(name = "unit_id")
    private @Nullable Long unitId;

    @Column(name = "duty_date", nullable = false)
    private LocalDate dutyDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Shift shift;

    @Column(name = "staff_id", nullable = false)
    private long staffId;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected RosterEntry() {}

    RosterEntry(
            long id,
            long facilityId,
            @Nullable Long unitId,
            LocalDate dutyDate,
            Shift shift,
            long staffId,
            String createdBy,
            Instant now) {
        this.id = id;
        this.facilityId = facilityId;
        this.unitId = unitId;
        this.dutyDate = dutyDate;
        this.shift = shift;
        this.staffId = staffId;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    RosterEntryView view(StaffMember staff) {
        return new RosterEntryView(id, facilityId, unitId, dutyDate, shift, staffId, staff.name(), staff.role());
    }

    long facilityId() {
        return facilityId;
    }

    long staffId() {
        return staffId;
    }
}
