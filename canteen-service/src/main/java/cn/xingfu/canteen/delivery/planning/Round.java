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

    /** The trips, arrival times and costs of the stops as they stand now. */
    public TripSchedule schedule() {
        return TripSchedule.of(stops, matrix, rules, capacity, departureSecond, readySecond, pinnedStops);
    }

    @Override
    public String toString() {
        return "Round[" + volunteerId + " " + stops + "]";
    }
}
