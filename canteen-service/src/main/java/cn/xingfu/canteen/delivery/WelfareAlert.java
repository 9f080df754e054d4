package cn.xingfu.canteen.delivery;

import cn.xingfu.canteen.shared.crypto.Encrypted;
import cn.xingfu.kernel.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A welfare concern from a delivery; stays open until someone records how it was resolved. */
@Entity
@Table(name = "welfare_alert")
class WelfareAlert {

    @Id
    private Long id;

    @Column(name = "canteen_id", nullable = false)
    private long canteenId;

    @Column(name = "senior_id", nullable = false)
    private long seniorId;

    @Column(name = "order_id", nullable = false)
    private long orderId;

    @Column(name = "stop_id", nullable = false)
    private long stopId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AlertReason reason;

    // detail (the volunteer's note), follow_up (names and phones of the contacts) and resolution (what staff found)
    // are envelopes since V170-V171; the lengths are the envelopes', the API limits the text.
    @Convert(converter = Encrypted.class)
    @Column(length = 2200)
    private @Nullable String detail;

    /** Who must follow up: the emergency contact and the community worker, as known when the alert was raised. */
    @Convert(converter = Encrypted.class)
    @Column(name = "follow_up", nullable = false, length = 2200)
    private String followUp;

    @Column(nullable = false, length = 20)
    private String status;

    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;

    @Column(name = "raised_by", nullable = false, length = 64)
    private String raisedBy;

    @Column(name = "resolved_at")
    private @Nullable Instant resolvedAt;

    @Column(name = "resolved_by", length = 64)
    private @Nullable String resolvedBy;

    @Convert(converter = Encrypted.class)
    @Column(length = 2200)
    private @Nullable String resolution;

    protected WelfareAlert() {}

    WelfareAlert(
            long id,
            long canteenId,
            long seniorId,
            long orderId,
            long stopId,
            AlertReason reason,
            @Nullable String detail,
            String followUp,
            Instant now,
            String by) {
        this.id = id;
        this.canteenId = canteenId;
        this.seniorId = seniorId;
        this.orderId = orderId;
        this.stopId = stopId;
        this.reason = reason;
        this.detail = detail;
        this.followUp = followUp.length() > 500 ? followUp.substring(0, 500) : followUp;
        this.status = "OPEN";
        this.raisedAt = now;
        this.raisedBy = by;
    }

    void resolve(String resolution, Instant now, String by) {
        if (!isOpen()) {
            throw DomainException.conflict("ALERT_ALREADY_RESOLVED", "该提醒已处理", "This alert is already resolved");
        }
        this.status = "RESOLVED";
        this.resolution = resolution;
        this.resolvedAt = now;
        this.resolvedBy = by;
    }

    boolean isOpen() {
        return "OPEN".equals(status);
    }

    long id() {
        return id;
    }

    long canteenId() {
        return canteenId;
    }

    long seniorId() {
        return seniorId;
    }

    long orderId() {
        return orderId;
    }

    long stopId() {
        return stopId;
    }

    AlertReason reason() {
        return reason;
    }

    @Nullable
    String detail() {
        return detail;
    }

    String followUp() {
        return followUp;
    }

    String status() {
        return status;
    }

    Instant raisedAt() {
        return raisedAt;
    }

    String raisedBy() {
        return raisedBy;
    }

    @Nullable
    Instant resolvedAt() {
        return resolvedAt;
    }

    @Nullable
    String resolvedBy() {
        return resolvedBy;
    }

    @Nullable
    String resolution() {
        return resolution;
    }
}
