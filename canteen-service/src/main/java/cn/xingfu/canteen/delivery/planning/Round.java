package cn.xingfu.canteen.delivery.planning;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.entity.PlanningPinToIndex;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.variable.PlanningListVariable;
import java.util.ArrayList;
import java.util.List;

/**
 * One volunteer's delivery round of one meal: leave the kitchen at {@code departureSecond} (seconds of the service
 * day) with at most {@code capacity} boxes, visit the stops in order, ride back, and go out again with the next boxes
 * while stops remain (see {@link TripSchedule}). Times are derived from the whole list each time (rounds are short),
 * so there are no arrival-time shadow variables to keep consistent.
 */
@PlanningEntity
public class Round {

    @PlanningId
    private String id;

    private long volunteerId;
    private int capacity;
    private TransportMode mode;
    private long departureSecond;
    private long readySecond;
    private TravelMatrix matrix;
    private RouteRules rules;

    /** Every trip is done or on its way: re-planning must leave this round as it is. */
    @PlanningPin
    private boolean pinned;

    /** Stops on trips already picked up at the kitchen: re-planning keeps them and may change only what follows. */
    @PlanningPinToIndex
    private int pinnedStops;

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
        this.readySecond = departureSecond;
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

    /** The meals were ready at {@code second}, earlier than the first trip left: the 2-hour ceiling counts from here. */
    public Round readyAt(long second) {
        this.readySecond = Math.min(second, departureSecond);
        return this;
    }

    /** The first {@code count} stops are on trips already out: they stay, and the next stop starts a new trip. */
    public Round pinFirst(int count) {
        this.pinnedStops = count;
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

    /** When the meals were ready: the food-to-mouth ceiling counts from here. */
    public long readySecond() {
        return readySecond;
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

    public int pinnedStops() {
        return pinnedStops;
    }

    public List<Stop> getStops() {
        return stops;
    }

    public void setStops(List<Stop> stops) {
        this.stops = stops;
    }

    /** Boxes of every stop on the round, over all its trips. */
    public int load() {
        int load = 0;
        for (Stop stop : stops) {
            load += stop.demand();
        }
        return load;
    }

    public TripSchedule schedule() {
        return TripSchedule.of(stops, matrix, rules, capacity, departureSecond, pinnedStops);
    }

    /** Arrival second of day at each stop, in visiting order. */
    public long[] arrivals() {
        TripSchedule schedule = schedule();
        long[] arrivals = new long[schedule.size()];
        for (int i = 0; i < arrivals.length; i++) {
            arrivals[i] = schedule.arrival(i);
        }
        return arrivals;
    }

    /** Seconds on the road, from the kitchen through every stop and back to the kitchen after each trip. */
    public long travelSeconds() {
        return schedule().travelSeconds();
    }

    public int boxesOverCapacity() {
        return schedule().boxesOverCapacity();
    }

    /** Sum over stops of the seconds a meal arrives after the hot-meal window of its trip. */
    public long hotWindowExcessSeconds() {
        TripSchedule schedule = schedule();
        long total = 0;
        for (int i = 0; i < schedule.size(); i++) {
            total += Math.max(0, schedule.arrival(i) - schedule.tripDeparture(i) - rules.hotWindowSeconds());
        }
        return total;
    }

    /** Sum over stops of the seconds a meal arrives after the food-to-mouth ceiling (from when it was ready). */
    public long ceilingExcessSeconds() {
        TripSchedule schedule = schedule();
        long total = 0;
        for (int i = 0; i < schedule.size(); i++) {
            total += Math.max(0, schedule.arrival(i) - readySecond - rules.ceilingSeconds());
        }
        return total;
    }

    public int hotWindowViolations() {
        TripSchedule schedule = schedule();
        int count = 0;
        for (int i = 0; i < schedule.size(); i++) {
            if (schedule.arrival(i) - schedule.tripDeparture(i) > rules.hotWindowSeconds()) {
                count++;
            }
        }
        return count;
    }

    public int ceilingViolations() {
        TripSchedule schedule = schedule();
        int count = 0;
        for (int i = 0; i < schedule.size(); i++) {
            if (schedule.arrival(i) - readySecond > rules.ceilingSeconds()) {
                count++;
            }
        }
        return count;
    }

    /** Sum over stops of the seconds outside the senior's preferred time. */
    public long preferenceMissSeconds() {
        TripSchedule schedule = schedule();
        long total = 0;
        for (int i = 0; i < schedule.size(); i++) {
            total += stops.get(i).preferenceMiss(schedule.arrival(i));
        }
        return total;
    }

    @Override
    public String toString() {
        return "Round[" + volunteerId + " " + stops + "]";
    }
}
