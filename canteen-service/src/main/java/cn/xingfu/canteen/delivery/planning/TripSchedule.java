package cn.xingfu.canteen.delivery.planning;

import java.util.List;

/**
 * How a round's stops, in visiting order, split into trips from the kitchen, when each meal arrives, and what that
 * costs. A trip ends when the next meal would not fit in the boxes (or where the trips already picked up end); the
 * volunteer rides back, reloads, and leaves again. The split is derived, not planned: moving stops in the list is all
 * the solver does, and every reader (score, arrival times, phone page, route sheet) sees the same trips. Worked out
 * in one pass, so that every constraint can read its figure from the same schedule.
 */
public final class TripSchedule {

    private final int[] trips;
    private final long[] arrivals;
    private final long[] tripDepartures;
    private long travelSeconds;
    private int tripCount;
    private int boxesOverCapacity;
    private long hotWindowExcessSeconds;
    private int hotWindowViolations;
    private long ceilingExcessSeconds;
    private int ceilingViolations;
    private long preferenceMissSeconds;

    private TripSchedule(int size) {
        this.trips = new int[size];
        this.arrivals = new long[size];
        this.tripDepartures = new long[size];
    }

    /**
     * @param departureSecond when the first trip leaves the kitchen
     * @param readySecond when the meals were ready: the food-to-mouth ceiling counts from here
     * @param fixedTripEnd stops before this index are on trips already picked up: the next stop starts a new trip
     */
    static TripSchedule of(
            List<Stop> stops,
            TravelMatrix matrix,
            RouteRules rules,
            int capacity,
            long departureSecond,
            long readySecond,
            int fixedTripEnd) {
        int n = stops.size();
        TripSchedule schedule = new TripSchedule(n);
        long clock = departureSecond;
        long leftAt = departureSecond;
        int trip = n == 0 ? 0 : 1;
        int load = 0;
        int at = 0;
        for (int i = 0; i < n; i++) {
            Stop stop = stops.get(i);
            boolean full = load + stop.demand() > capacity;
            if (i > 0 && (full || i == fixedTripEnd)) {
                long back = matrix.seconds(at, 0);
                schedule.travelSeconds += back;
                clock += back + rules.reloadSeconds();
                leftAt = clock;
                at = 0;
                load = 0;
                trip++;
            }
            long leg = matrix.seconds(at, stop.location());
            schedule.travelSeconds += leg;
            clock += leg;
            schedule.arrivals[i] = clock;
            schedule.tripDepartures[i] = leftAt;
            schedule.trips[i] = trip;
            schedule.count(stop, clock, leftAt, readySecond, rules);
            clock += rules.serviceSeconds();
            at = stop.location();
            load += stop.demand();
            // one order larger than the boxes, or a trip the volunteer cannot make: those meals do not fit
            if (stop.demand() > capacity) {
                schedule.boxesOverCapacity += stop.demand() - capacity;
            } else if (trip > rules.maxTrips()) {
                schedule.boxesOverCapacity += stop.demand();
            }
        }
        if (n > 0) {
            schedule.travelSeconds += matrix.seconds(at, 0);
        }
        schedule.tripCount = trip;
        return schedule;
    }

    private void count(Stop stop, long arrival, long leftAt, long readySecond, RouteRules rules) {
        long hot = arrival - leftAt - rules.hotWindowSeconds();
        if (hot > 0) {
            hotWindowExcessSeconds += hot;
            hotWindowViolations++;
        }
        long ceiling = arrival - readySecond - rules.ceilingSeconds();
        if (ceiling > 0) {
            ceilingExcessSeconds += ceiling;
            ceilingViolations++;
        }
        preferenceMissSeconds += stop.preferenceMiss(arrival);
    }

    /** 1-based trip of the stop at {@code index}. */
    public int tripOf(int index) {
        return trips[index];
    }

    /** Second of the service day at which the meal at {@code index} reaches the door. */
    public long arrival(int index) {
        return arrivals[index];
    }

    /** Second of the service day at which the trip carrying the meal at {@code index} leaves the kitchen. */
    public long tripDeparture(int index) {
        return tripDepartures[index];
    }

    public int size() {
        return arrivals.length;
    }

    /** Seconds on the road, including every ride back to the kitchen. */
    public long travelSeconds() {
        return travelSeconds;
    }

    public int tripCount() {
        return tripCount;
    }

    /** Boxes that do not fit: beyond the last allowed trip, or an order bigger than the boxes themselves. */
    public int boxesOverCapacity() {
        return boxesOverCapacity;
    }

    /** Sum over stops of the seconds a meal arrives after the hot-meal window of its trip. */
    public long hotWindowExcessSeconds() {
        return hotWindowExcessSeconds;
    }

    public int hotWindowViolations() {
        return hotWindowViolations;
    }

    /** Sum over stops of the seconds a meal arrives after the food-to-mouth ceiling. */
    public long ceilingExcessSeconds() {
        return ceilingExcessSeconds;
    }

    public int ceilingViolations() {
        return ceilingViolations;
    }

    /** Sum over stops of the seconds outside the senior's preferred time. */
    public long preferenceMissSeconds() {
        return preferenceMissSeconds;
    }
}
