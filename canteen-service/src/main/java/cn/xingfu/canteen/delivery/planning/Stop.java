package cn.xingfu.canteen.delivery.planning;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.variable.InverseRelationShadowVariable;
import org.jspecify.annotations.Nullable;

/**
 * One delivery order to hand over at one door. {@code demand} is the number of insulated boxes it fills. The
 * preferred window is in seconds of the service day (Beijing time).
 */
@PlanningEntity
public class Stop {

    @PlanningId
    private String id;

    private long orderId;
    private long seniorId;
    private int location;
    private int demand;
    private @Nullable Long preferredFrom;
    private @Nullable Long preferredUntil;

    @InverseRelationShadowVariable(sourceVariableName = "stops")
    private @Nullable Round round;

    Stop() {}

    public Stop(
            long orderId,
            long seniorId,
            int location,
            int demand,
            @Nullable Long preferredFrom,
            @Nullable Long preferredUntil) {
        if (location <= 0) {
            throw new IllegalArgumentException("location 0 is the kitchen");
        }
        this.id = Long.toString(orderId);
        this.orderId = orderId;
        this.seniorId = seniorId;
        this.location = location;
        this.demand = demand;
        this.preferredFrom = preferredFrom;
        this.preferredUntil = preferredUntil;
    }

    public String getId() {
        return id;
    }

    public long orderId() {
        return orderId;
    }

    public long seniorId() {
        return seniorId;
    }

    public int location() {
        return location;
    }

    public int demand() {
        return demand;
    }

    public @Nullable Long preferredFrom() {
        return preferredFrom;
    }

    public @Nullable Long preferredUntil() {
        return preferredUntil;
    }

    /** Seconds by which {@code arrivalSecond} misses the preferred window; 0 inside it or without a preference. */
    public long preferenceMiss(long arrivalSecond) {
        if (preferredFrom != null && arrivalSecond < preferredFrom) {
            return preferredFrom - arrivalSecond;
        }
        if (preferredUntil != null && arrivalSecond > preferredUntil) {
            return arrivalSecond - preferredUntil;
        }
        return 0;
    }

    public @Nullable Round getRound() {
        return round;
    }

    public void setRound(@Nullable Round round) {
        this.round = round;
    }

    @Override
    public String toString() {
        return "Stop[" + orderId + "@" + location + "]";
    }
}
