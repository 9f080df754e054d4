package cn.xingfu.care.resident;

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

/** One history row of a stay; written once, never changed. */
@Entity
@Table(name = "admission_event")
class AdmissionEvent {

    @Id
    private Long id;

    @Column(name = "admission_id", nullable = false)
    private long admissionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", nullable = false, length = 24)
    private AdmissionEventType type;

    @Column(name = "event_date", nullable = false)
    private LocalDate date;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    @Column(name = "from_bed_id")
    private @Nullable Long fromBedId;

    @Column(name = "to_bed_id")
    private @Nullable Long toBedId;

    @Convert(converter = Encrypted.class)
    @Column(length = 2200)
    private @Nullable String note;

    protected AdmissionEvent() {}

    AdmissionEvent(
            long id,
            long admissionId,
            AdmissionEventType type,
            LocalDate date,
            String recordedBy,
            @Nullable Long fromBedId,
            @Nullable Long toBedId,
            @Nullable String note,
            Instant now) {
        this.id = id;
        this.admissionId = admissionId;
        this.type = type;
        this.date = date;
        this.recordedAt = now;
        this.recordedBy = recordedBy;
        this.fromBedId = fromBedId;
        this.toBedId = toBedId;
        this.note = note;
    }

    AdmissionHistoryEntry view() {
        return new AdmissionHistoryEntry(type, date, recordedAt, recordedBy, fromBedId, toBedId, note);
    }
}
