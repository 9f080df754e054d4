package cn.xingfu.care.safety;

import cn.xingfu.kernel.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A safety incident of a resident. It closes only when the family notification (time, method, who notified)
 * and a review note are written down; a closed incident is not changed again.
 */
@Entity
@Table(name = "care_incident")
class Incident {

    @Id
    private Long id;

    @Column(name = "facility_id", nullable = false)
    private long facilityId;

    @Column(name = "resident_id", nullable = false)
    private long residentId;

    @Enumerated(EnumType.STRING)
    @Column(length = 24)
    private @Nullable Risk risk;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 2000)
    private String description;

    @Column(name = "reported_by", nullable = false, length = 64)
    private String reportedBy;

    @Column(name = "family_notified_at")
    private @Nullable Instant familyNotifiedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "family_notification_method", length = 20)
    private @Nullable NotificationMethod familyNotificationMethod;

    @Column(name = "family_notified_by", length = 60)
    private @Nullable String familyNotifiedBy;

    @Column(name = "review_note", length = 2000)
    private @Nullable String reviewNote;

    @Column(name = "reviewed_by", length = 64)
    private @Nullable String reviewedBy;

    @Column(name = "closed_at")
    private @Nullable Instant closedAt;

    @Column(name = "closed_by", length = 64)
    private @Nullable String closedBy;

    @Version
    private long version;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Incident() {}

    Incident(
            long id,
            long facilityId,
            long residentId,
            @Nullable Risk risk,
            Instant occurredAt,
            String description,
            String reportedBy,
            Instant now) {
        this.id = id;
        this.facilityId = facilityId;
        this.residentId = residentId;
        this.risk = risk;
        this.occurredAt = occurredAt;
        this.description = description;
        this.reportedBy = reportedBy;
        this.createdAt = now;
    }

    void familyNotified(Instant at, NotificationMethod method, String by) {
        requireOpen();
        if (at.isBefore(occurredAt)) {
            throw DomainException.invalid(
                    "NOTIFICATION_BEFORE_INCIDENT",
                    "通知家属的时间不能早于事件发生时间",
                    "The family cannot have been told before the incident happened");
        }
        this.familyNotifiedAt = at;
        this.familyNotificationMethod = method;
        this.familyNotifiedBy = by;
    }

    void reviewed(String note, String by) {
        requireOpen();
        this.reviewNote = note;
        this.reviewedBy = by;
    }

    /** Closes, or refuses with every missing item named. */
    void close(String by, Instant at) {
        requireOpen();
        List<String> missing = new ArrayList<>();
        if (familyNotifiedAt == null || familyNotificationMethod == null || familyNotifiedBy == null) {
            missing.add("FAMILY_NOTIFICATION");
        }
        if (reviewNote == null || reviewNote.isBlank()) {
            missing.add("REVIEW_NOTE");
        }
        if (!missing.isEmpty()) {
            throw DomainException.rejected(
                            "INCIDENT_NOT_CLOSABLE",
                            "事件须记录家属通知（时间、方式、通知人）和复盘记录后才能关闭",
                            "An incident closes only with the family notification (time, method, who) and a review note")
                    .with(java.util.Map.of("missing", missing));
        }
        this.closedAt = at;
        this.closedBy = by;
    }

    private void requireOpen() {
        if (closedAt != null) {
            throw DomainException.conflict("INCIDENT_CLOSED", "事件已关闭", "The incident is already closed");
        }
    }

    long facilityId() {
        return facilityId;
    }

    IncidentView view() {
        return new IncidentView(
                id,
                facilityId,
                residentId,
                risk,
                occurredAt,
                description,
                reportedBy,
                familyNotifiedAt,
                familyNotificationMethod,
                familyNotifiedBy,
                reviewNote,
                reviewedBy,
                closedAt,
                closedBy,
                closedAt == null);
    }
}
