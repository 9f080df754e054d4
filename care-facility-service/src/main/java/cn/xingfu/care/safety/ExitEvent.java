package cn.xingfu.care.safety;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A resident passed an exit or a door (access control, positioning wristband, or staff by hand). */
@Entity
@Table(name = "resident_exit_event")
class ExitEvent {

    @Id
    private Long id;

    @Column(name = "facility_id", nullable = false)
    private long facilityId;

    @Column(name = "resident_id", nullable = false)
    private long residentId;

    @Column(nullable = false, length = 60)
    private String door;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "at_risk_of_wandering", nullable = false)
    private boolean atRiskOfWandering;

    @Column(name = "alert_id")
    private @Nullable Long alertId;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ExitEvent() {}

    ExitEvent(
            long id,
            long facilityId,
            long residentId,
            String door,
            Instant occurredAt,
            boolean atRiskOfWandering,
            @Nullable Long alertId,
            String recordedBy,
            Instant now) {
        this.id = id;
        this.facilityId = facilityId;
        this.residentId = residentId;
        this.door = door;
        this.occurredAt = occurredAt;
        this.atRiskOfWandering = atRiskOfWandering;
        this.alertId = alertId;
        this.recordedBy = recordedBy;
        this.createdAt = now;
    }

    ExitEventView view() {
        return new ExitEventView(id, facilityId, residentId, door, occurredAt, atRiskOfWandering, alertId);
    }
}
