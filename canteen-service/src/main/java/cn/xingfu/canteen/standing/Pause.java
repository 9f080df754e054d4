package cn.xingfu.canteen.standing;

import cn.xingfu.kernel.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A senior away from the canteen from one date to another (inclusive; open-ended until an end is known). */
@Entity
@Table(name = "standing_pause")
class Pause {

    @Id
    private Long id;

    @Column(name = "senior_id", nullable = false)
    private long seniorId;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private @Nullable LocalDate endsOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PauseReason reason;

    @Column(length = 200)
    private @Nullable String note;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PauseSource source;

    @Column(name = "source_ref", length = 64)
    private @Nullable String sourceRef;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Pause() {}

    Pause(
            long id,
            long seniorId,
            LocalDate startsOn,
            @Nullable LocalDate endsOn,
            PauseReason reason,
            @Nullable String note,
            PauseSource source,
            @Nullable String sourceRef,
            Instant at,
            String by) {
        requireOrdered(startsOn, endsOn);
        this.id = id;
        this.seniorId = seniorId;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.reason = reason;
        this.note = note == null || note.isBlank() ? null : note.trim();
        this.source = source;
        this.sourceRef = sourceRef;
        this.createdAt = at;
        this.createdBy = by;
        this.updatedAt = at;
    }

    /** The senior is back: {@code lastDay} is the last day away (the day before they eat again). */
    void endOn(LocalDate lastDay, Instant at) {
        requireOrdered(startsOn, lastDay);
        this.endsOn = lastDay;
        this.updatedAt = at;
    }

    static void requireOrdered(LocalDate from, @Nullable LocalDate to) {
        if (to != null && to.isBefore(from)) {
            throw DomainException.invalid("PAUSE_DATES_INVALID", "暂停的结束日期早于开始日期", "The pause ends before it starts");
        }
    }

    long id() {
        return id;
    }

    long seniorId() {
        return seniorId;
    }

    LocalDate startsOn() {
        return startsOn;
    }

    @Nullable
    LocalDate endsOn() {
        return endsOn;
    }

    PauseSource source() {
        return source;
    }

    Absence toAbsence() {
        return new Absence(id, seniorId, startsOn, endsOn, reason, source, sourceRef, note);
    }
}
