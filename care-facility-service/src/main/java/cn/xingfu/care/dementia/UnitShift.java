package cn.xingfu.care.dementia;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** The headcount of one shift of a unit: how many residents were counted present (who was on duty is the roster). */
@Entity
@Table(name = "cognitive_unit_shift")
class UnitShift {

    @Id
    private Long id;

    @Column(name = "unit_id", nullable = false)
    private long unitId;

    @Column(name = "shift_date", nullable = false)
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Shift shift;

    @Column(name = "residents_present", nullable = false)
    private int residentsPresent;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected UnitShift() {}

    UnitShift(long id, long unitId, LocalDate date, Shift shift, int residentsPresent, String by, Instant now) {
        this.id = id;
        this.unitId = unitId;
        this.date = date;
        this.shift = shift;
        this.residentsPresent = residentsPresent;
        this.recordedBy = by;
        this.createdAt = now;
    }

    ShiftRecord view() {
        return new ShiftRecord(unitId, date, shift, residentsPresent, recordedBy);
    }

    Shift shift() {
        return shift;
    }

    int residentsPresent() {
        return residentsPresent;
    }
}
