package cn.xingfu.care.resident;

import cn.xingfu.care.bed.BedType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A resident in a bed for a period. While current, {@code currentBedId}/{@code currentResidentId} carry
 * the ids and the unique keys on them make a second current occupant impossible.
 */
@Entity
@Table(name = "bed_occupancy")
class Occupancy {

    @Id
    private Long id;

    @Column(name = "bed_id", nullable = false)
    private long bedId;

    @Enumerated(EnumType.STRING)
    @Column(name = "bed_type", nullable = false, length = 32)
    private BedType bedType;

    @Column(name = "facility_id", nullable = false)
    private long facilityId;

    @Column(name = "resident_id", nullable = false)
    private long residentId;

    @Column(name = "admission_id", nullable = false)
    private long admissionId;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date")
    private @Nullable LocalDate endDate;

    @Column(name = "current_bed_id")
    private @Nullable Long currentBedId;

    @Column(name = "current_resident_id")
    private @Nullable Long currentResidentId;

    protected Occupancy() {}

    Occupancy(
            long id, long bedId, BedType bedType, long facilityId, long residentId, long admissionId, LocalDate start) {
        this.id = id;
        this.bedId = bedId;
        this.bedType = bedType;
        this.facilityId = facilityId;
        this.residentId = residentId;
        this.admissionId = admissionId;
        this.startDate = start;
        this.currentBedId = bedId;
        this.currentResidentId = residentId;
    }

    void end(LocalDate on) {
        this.endDate = on.isBefore(startDate) ? startDate : on;
        this.currentBedId = null;
        this.currentResidentId = null;
    }

    /** Days of [from, to] (inclusive) this stay covered; the end date itself is not a night in the bed. */
    long daysWithin(LocalDate from, LocalDate to) {
        LocalDate first = startDate.isAfter(from) ? startDate : from;
        LocalDate endExclusive = endDate == null || endDate.isAfter(to.plusDays(1)) ? to.plusDays(1) : endDate;
        return Math.max(0, endExclusive.toEpochDay() - first.toEpochDay());
    }

    long bedId() {
        return bedId;
    }

    BedType bedType() {
        return bedType;
    }

    long residentId() {
        return residentId;
    }
}
