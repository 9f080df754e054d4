package cn.xingfu.canteen.delivery.planning;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.variable.PlanningListVariable;
import java.util.ArrayList;
import java.util.List;

/**
 * One volunteer's delivery round of one meal: leave the kitchen at {@code departureSecond} (seconds of the service
 * day) with at most {@code capacity} boxes, visit the stops in order, come back. Times are derived from the whole
 * list each time (rounds are short), so there are no arrival-time shadow variables to keep consistent.
 */
@PlanningEntity
public class Round {

    @PlanningId
    private String id;

    private long volunteerId;
    private int capacity;
    private TransportMode mode;
    private long departureSecond;
    private TravelMatrix matrix;
    private RouteRules rules;

    /** Already picked up at the kitchen: re-planning must leave this round as it is. */
    @PlanningPin
    private boolean pinned;

    @PlanningListVariable(allowsUnassignedValues = true)
    private List<Stop> stops = new ArrayList<>();

    Round() {}

    public Round(
            long volunteerId,
            int capacity,
            TransportMode mode,
            long departureSecond,
            TravelMatrix matrix,
            RouteRules rules,
            boolean pinned) {
        this.id = Long.toString(volunteerId);
        this.volunteerId = volunteerId;
        this.capacity = capacity;
        this.mode = mode;
        this.departureSecond = departureSecond;
        this.matrix = matrix;
        this.rules = rules;
        this.pinned = pinned;
    }

    /** Puts stops on this round in order, keeping the inverse relation consistent (outside the solver). */
    public Round visit(Stop... visits) {
        for (Stop stop : visits) {
            stops.add(stop);
            stop.setRound(this);
        }
        return this;
    }

    public String getId() {
        return id;
    }

    public long volunteerId() {
        return volunteerId;
    }

    public int capacity() {
        return capacity;
    }

    public TransportMode mode() {
        return mode;
    }

    public long departureSecond() {
        return departureSecond;
    }

    public TravelMatrix matrix() {
        return matrix;
    }

    public RouteRules rules() {
        return rules;
    }

    public boolean isPinned() {
        return pinned;
    }

    public List<Stop> getStops() {
        return stops;
    }

    public void setStops(List<Stop> stops) {
        this.stops = stops;
    }

    public int load() {
        int load = 0;
        for (Stop stop : stops) {
            load += stop.demand();
        }
        return load;
    }

    /** Arrival second of day at each stop, in visiting order. */
    public long[] arrivals() {
        long[] arrivals = new long[stops.size()];
        long clock = departureSecond;
        int at = 0;
        for (int i = 0; i < stops.size(); i++) {
            Stop stop = stops.get(i);
            clock += matrix.seconds(at, stop.location());
            arrivals[i] = clock;
            clock += rules.serviceSeconds();
            at = stop.location();
        }
        return arrivals;
    }

    /** Seconds on the road, from the kitchen through every stop and back to the kitchen for the boxes. */
    public long travelSeconds() {
        if (stops.isEmpty()) {
            return 0;
        }
        long total = 0;
        int at = 0;
        for (Stop stop : stops) {
            total += matrix.seconds(at, stop.location());
            at = stop.location();
        }
        return total + matrix.seconds(at, 0);
    }

    /** Sum over stops of the seconds a meal arrives after the hot-meal window. */
    public long hotWindowExcessSeconds() {
        return excessOver(rules.hotWindowSeconds());
    }

    /** Sum over stops of the seconds a meal arrives after the food-to-mouth ceiling. */
    public long ceilingExcessSeconds() {
        return excessOver(rules.ceilingSeconds());
    }

    public int hotWindowViolations() {
        return countOver(rules.hotWindowSeconds());
    }

    public int ceilingViolations() {
        return countOver(rules.ceilingSeconds());
    }

    /** Sum over stops of the seconds outside the senior's preferred time. */
    public long preferenceMissSeconds() {
        long[] arrivals = arrivals();
        long total = 0;
        for (int i = 0; i < arrivals.length; i++) {
            total += stops.get(i).preferenceMiss(arrivals[i]);
        }
        return total;
    }

    private long excessOver(long limit) {
        long[] arrivals = arrivals();
        long total = 0;
        for (long arrival : arrivals) {
            total += Math.max(0, arrival - departureSecond - limit);
        }
        return total;
    }

    private int countOver(long limit) {
        int count = 0;
        for (long arrival : arrivals()) {
            if (arrival - departureSecond > limit) {
                count++;
            }
        }
        return count;
    }

    @Override
    public String toString() {
        return "Round[" + volunteerId + " " + stops + "]";
    }
}
