package cn.xingfu.canteen.delivery;

import cn.xingfu.canteen.shared.crypto.Encrypted;
import cn.xingfu.canteen.shared.crypto.EncryptedDouble;
import cn.xingfu.kernel.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One delivery order at one door: where, in which round and position, and how the hand-over went. */
@Entity
@Table(name = "delivery_stop")
class DeliveryStop {

    @Id
    private Long id;

    @Column(name = "plan_id", nullable = false)
    private long planId;

    @Column(name = "round_id")
    private @Nullable Long roundId;

    @Column(name = "order_id", nullable = false)
    private long orderId;

    @Column(name = "senior_id", nullable = false)
    private long seniorId;

    @Column(name = "sequence_no", nullable = false)
    private int sequence;

    @Column(nullable = false)
    private int trip;

    @Column(name = "trip_leaves_at")
    private @Nullable Instant tripLeavesAt;

    @Column(name = "out_at")
    private @Nullable Instant outAt;

    // A copy of the senior's precise location: stored as an envelope like senior.latitude/longitude (V161-V162);
    // every distance is computed in Java from the decrypted values.
    @Convert(converter = EncryptedDouble.class)
    @Column(nullable = false, length = 120)
    private double latitude;

    @Convert(converter = EncryptedDouble.class)
    @Column(nullable = false, length = 120)
    private double longitude;

    @Column(nullable = false)
    private int boxes;

    @Column(name = "planned_arrival")
    private @Nullable Instant plannedArrival;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private StopStatus status;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private @Nullable FailureReason reason;

    // The volunteer's words at the door (often health): an envelope since V170-V171; at most 300 characters of text
    // (RouteDesk), the column is sized for the envelope.
    @Convert(converter = Encrypted.class)
    @Column(length = 1300)
    private @Nullable String note;

    @Column(length = 20)
    private @Nullable String proof;

    @Column(name = "card_scan_id")
    private @Nullable Long cardScanId;

    @Column(name = "handed_over_at")
    private @Nullable Instant handedOverAt;

    @Column(name = "closed_by", length = 64)
    private @Nullable String closedBy;

    @Column(nullable = false)
    private boolean late;

    @Column(nullable = false)
    private boolean alerted;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private @Nullable Wellbeing wellbeing;

    @Convert(converter = Encrypted.class)
    @Column(name = "wellbeing_note", length = 1300)
    private @Nullable String wellbeingNote;

    @Column(name = "wellbeing_at")
    private @Nullable Instant wellbeingAt;

    protected DeliveryStop() {}

    DeliveryStop(long id, long planId, long orderId, long seniorId, double latitude, double longitude, int boxes) {
        this.id = id;
        this.planId = planId;
        this.orderId = orderId;
        this.seniorId = seniorId;
        this.latitude = latitude;
        this.longitude = longitude;
        this.boxes = boxes;
        this.status = StopStatus.WAITING;
    }

    /** Puts the meal at {@code sequence} of a round, on the given trip, with the times the plan expects. */
    void placeIn(long roundId, int sequence, int trip, Instant tripLeavesAt, Instant plannedArrival) {
        requireWaiting();
        this.roundId = roundId;
        this.sequence = sequence;
        this.trip = trip;
        this.tripLeavesAt = tripLeavesAt;
        this.plannedArrival = plannedArrival;
    }

    /** Hand edits: the meal's new place; the timetable then works out its trip and times. */
    void reorder(long roundId, int sequence) {
        requireWaiting();
        this.roundId = roundId;
        this.sequence = sequence;
    }

    void unassign() {
        requireWaiting();
        this.roundId = null;
        this.sequence = 0;
        this.trip = 0;
        this.tripLeavesAt = null;
        this.plannedArrival = null;
    }

    private void requireWaiting() {
        if (status != StopStatus.WAITING) {
            throw DomainException.conflict("STOP_ALREADY_OUT", "该餐已在配送途中", "This meal is already on its way");
        }
    }

    void relocate(double latitude, double longitude, int boxes) {
        this.latitude = latitude;
        this.longitude = longitude;
        this.boxes = boxes;
    }

    void out(Instant now) {
        if (status == StopStatus.WAITING) {
            status = StopStatus.OUT;
            outAt = now;
        }
    }

    boolean isWaiting() {
        return status == StopStatus.WAITING;
    }

    /**
     * Handed over after the volunteer checked the senior's card. {@code late} flags a meal that took longer than the
     * food-to-mouth ceiling ("reheat or late").
     */
    void delivered(
            String proof,
            @Nullable Long cardScanId,
            Instant now,
            @Nullable Instant readyAt,
            Duration ceiling,
            String by) {
        requireOut();
        this.status = StopStatus.DELIVERED;
        this.proof = proof;
        this.cardScanId = cardScanId;
        this.handedOverAt = now;
        this.closedBy = by;
        this.late = readyAt != null && Duration.between(readyAt, now).compareTo(ceiling) > 0;
    }

    void notDelivered(FailureReason reason, @Nullable String note, Instant now, String by) {
        requireOut();
        this.status = StopStatus.NOT_DELIVERED;
        this.reason = reason;
        this.note = note;
        this.handedOverAt = now;
        this.closedBy = by;
    }

    /** The check at the door, after the hand-over; a second tap corrects the first. */
    void checkWellbeing(Wellbeing check, @Nullable String note, Instant now) {
        if (status != StopStatus.DELIVERED) {
            throw DomainException.conflict(
                    "STOP_NOT_DELIVERED", "送达后才能记录老人状况", "Record how the senior is after handing the meal over");
        }
        this.wellbeing = check;
        this.wellbeingNote = note;
        this.wellbeingAt = now;
    }

    @Nullable
    Wellbeing wellbeing() {
        return wellbeing;
    }

    void markAlerted() {
        this.alerted = true;
    }

    void requireOut() {
        if (status != StopStatus.OUT) {
            throw DomainException.conflict(
                    "STOP_NOT_OUT",
                    status == StopStatus.WAITING ? "请先在厨房确认取餐" : "该餐已处理",
                    status == StopStatus.WAITING
                            ? "Confirm the pick-up at the kitchen first"
                            : "This stop is already closed");
        }
    }

    boolean isClosed() {
        return status == StopStatus.DELIVERED || status == StopStatus.NOT_DELIVERED;
    }

    long id() {
        return id;
    }

    long planId() {
        return planId;
    }

    @Nullable
    Long roundId() {
        return roundId;
    }

    long orderId() {
        return orderId;
    }

    long seniorId() {
        return seniorId;
    }

    int sequence() {
        return sequence;
    }

    int trip() {
        return trip;
    }

    @Nullable
    Instant tripLeavesAt() {
        return tripLeavesAt;
    }

    /** When the trip carrying this meal left the kitchen; null while it is still there. */
    @Nullable
    Instant outAt() {
        return outAt;
    }

    double latitude() {
        return latitude;
    }

    double longitude() {
        return longitude;
    }

    int boxes() {
        return boxes;
    }

    @Nullable
    Instant plannedArrival() {
        return plannedArrival;
    }

    StopStatus status() {
        return status;
    }

    @Nullable
    FailureReason reason() {
        return reason;
    }

    @Nullable
    String note() {
        return note;
    }

    @Nullable
    String proof() {
        return proof;
    }

    @Nullable
    Instant handedOverAt() {
        return handedOverAt;
    }

    boolean late() {
        return late;
    }

    boolean alerted() {
        return alerted;
    }
}
