package cn.xingfu.care.alert;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One alert. While open, {@code openKey} carries the subject and a unique key on (facility, open key) makes a
 * second open alert for the same subject impossible, even when two instances raise it at once.
 */
@Entity
@Table(name = "care_alert")
class CareAlert {

    @Id
    private Long id;

    @Column(name = "facility_id", nullable = false)
    private long facilityId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private AlertKind kind;

    @Column(nullable = false, length = 200)
    private String subject;

    @Column(name = "open_key", length = 200)
    private @Nullable String openKey;

    @Column(name = "message_zh", nullable = false, length = 500)
    private String messageZh;

    @Column(name = "message_en", nullable = false, length = 500)
    private String messageEn;

    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;

    @Column(name = "resolved_at")
    private @Nullable Instant resolvedAt;

    @Column(name = "acknowledged_at")
    private @Nullable Instant acknowledgedAt;

    @Column(name = "acknowledged_by", length = 64)
    private @Nullable String acknowledgedBy;

    protected CareAlert() {}

    CareAlert(
            long id, long facilityId, AlertKind kind, String subject, String messageZh, String messageEn, Instant at) {
        this.id = id;
        this.facilityId = facilityId;
        this.kind = kind;
        this.subject = subject;
        this.openKey = subject;
        this.messageZh = messageZh;
        this.messageEn = messageEn;
        this.raisedAt = at;
    }

    boolean open() {
        return openKey != null;
    }

    void resolved(Instant at) {
        this.resolvedAt = at;
        this.openKey = null;
    }

    void acknowledged(String by, Instant at) {
        this.acknowledgedBy = by;
        this.acknowledgedAt = at;
        this.openKey = null;
    }

    long facilityId() {
        return facilityId;
    }

    AlertView view() {
        return new AlertView(
                id,
                facilityId,
                kind,
                subject,
                messageZh,
                messageEn,
                raisedAt,
                resolvedAt,
                acknowledgedAt,
                acknowledgedBy,
                open());
    }
}
