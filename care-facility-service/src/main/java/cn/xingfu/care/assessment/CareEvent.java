package cn.xingfu.care.assessment;

import cn.xingfu.care.shared.crypto.Encrypted;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A risk event (fall, choking, ...) or a change of condition of a resident. */
@Entity
@Table(name = "care_event")
class CareEvent {

    @Id
    private Long id;

    @Column(name = "resident_id", nullable = false)
    private long residentId;

    @Column(name = "facility_id", nullable = false)
    private long facilityId;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", nullable = false, length = 24)
    private CareEventType type;

    @Column(name = "occurred_on", nullable = false)
    private LocalDate occurredOn;

    @Convert(converter = Encrypted.class)
    @Column(length = 2200)
    private @Nullable String note;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CareEvent() {}

    CareEvent(
            long id,
            long residentId,
            long facilityId,
            CareEventType type,
            LocalDate occurredOn,
            @Nullable String note,
            String by,
            Instant now) {
        this.id = id;
        this.residentId = residentId;
        this.facilityId = facilityId;
        this.type = type;
        this.occurredOn = occurredOn;
        this.note = note;
        this.recordedBy = by;
        this.createdAt = now;
    }

    CareEventView view() {
        return new CareEventView(id, residentId, type, occurredOn, note, recordedBy);
    }

    CareEventType type() {
        return type;
    }

    LocalDate occurredOn() {
        return occurredOn;
    }

    long residentId() {
        return residentId;
    }
}
