package cn.xingfu.canteen.delivery;

import cn.xingfu.canteen.delivery.planning.TransportMode;
import cn.xingfu.kernel.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One volunteer's round within a plan. */
@Entity
@Table(name = "delivery_round")
class DeliveryRound {

    @Id
    private Long id;

    @Column(name = "plan_id", nullable = false)
    private long planId;

    @Column(name = "volunteer_id", nullable = false)
    private long volunteerId;

    @Column(name = "box_capacity", nullable = false)
    private int boxCapacity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TransportMode transport;

    @Column(name = "departure_at", nullable = false)
    private Instant departureAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RoundStatus status;

    @Column(name = "picked_up_at")
    private @Nullable Instant pickedUpAt;

    @Column(name = "travel_seconds", nullable = false)
    private long travelSeconds;

    @Column(nullable = false)
    private int trips;

    protected DeliveryRound() {}

    DeliveryRound(
            long id, long planId, long volunteerId, int boxCapacity, TransportMode transport, Instant departureAt) {
        this.id = id;
        this.planId = planId;
        this.volunteerId = volunteerId;
        this.boxCapacity = boxCapacity;
        this.transport = transport;
        this.departureAt = departureAt;
        this.status = RoundStatus.PLANNED;
    }

    boolean isOpenForPlanning() {
        return status == RoundStatus.PLANNED;
    }

    /** Planning may still change what this round does: it has not started, or trips are left after those out. */
    boolean isReplannable() {
        return status == RoundStatus.PLANNED || status == RoundStatus.PICKED_UP;
    }

    /** The planner hands this round to another volunteer (a swap). */
    void reassign(long volunteerId, int boxCapacity, TransportMode transport) {
        requirePlanned();
        this.volunteerId = volunteerId;
        this.boxCapacity = boxCapacity;
        this.transport = transport;
    }

    void refresh(int boxCapacity, TransportMode transport, Instant departureAt, long travelSeconds) {
        this.boxCapacity = boxCapacity;
        this.transport = transport;
        this.departureAt = departureAt;
        this.travelSeconds = travelSeconds;
    }

    void travel(long travelSeconds, int trips) {
        this.travelSeconds = travelSeconds;
        this.trips = trips;
    }

    /** A trip leaves the kitchen; the first one fixes the round's pick-up time. */
    void pickUpTrip(Instant now) {
        if (status != RoundStatus.PLANNED && status != RoundStatus.PICKED_UP) {
            throw DomainException.conflict(
                    "ROUND_NOT_PLANNED", "该路线已取餐或已结束", "This round was already picked up or closed");
        }
        status = RoundStatus.PICKED_UP;
        if (pickedUpAt == null) {
            pickedUpAt = now;
        }
    }

    void finish() {
        if (status == RoundStatus.PICKED_UP) {
            status = RoundStatus.FINISHED;
        }
    }

    /** Its stops go back to planning, so it rides nowhere: no travel may linger in the planner's figures. */
    void noShow() {
        requirePlanned();
        status = RoundStatus.NO_SHOW;
        travelSeconds = 0;
        trips = 0;
    }

    /** May still take or give up waiting meals (a round with trips out takes them on later trips). */
    void requireReplannable() {
        if (status == RoundStatus.FINISHED) {
            throw DomainException.conflict("ROUND_FINISHED", "该路线已送完", "This round is finished");
        }
        requireNotNoShow();
    }

    void requirePlanned() {
        requireNotNoShow();
        if (status != RoundStatus.PLANNED) {
            throw DomainException.conflict(
                    "ROUND_ALREADY_PICKED_UP", "该路线已取餐，不能再调整", "This round was already picked up and cannot change");
        }
    }

    private void requireNotNoShow() {
        if (status == RoundStatus.NO_SHOW) {
            throw DomainException.conflict(
                    "ROUND_NO_SHOW", "该志愿者已记为未到岗", "This round's volunteer is already recorded as a no-show");
        }
    }

    long id() {
        return id;
    }

    long planId() {
        return planId;
    }

    long volunteerId() {
        return volunteerId;
    }

    int boxCapacity() {
        return boxCapacity;
    }

    TransportMode transport() {
        return transport;
    }

    Instant departureAt() {
        return departureAt;
    }

    RoundStatus status() {
        return status;
    }

    @Nullable
    Instant pickedUpAt() {
        return pickedUpAt;
    }

    long travelSeconds() {
        return travelSeconds;
    }

    int trips() {
        return trips;
    }
}
