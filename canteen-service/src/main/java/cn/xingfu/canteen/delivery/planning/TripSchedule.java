package cn.xingfu.canteen.delivery.planning;

import java.util.List;

/**
 * How a round's stops, in visiting order, split into trips from the kitchen, and when each meal arrives. A trip
 * ends when the next meal would not fit in the boxes (or where the trips already picked up end); the volunteer rides
 * back, reloads, and leaves again. The split is derived, not planned: moving stops in the list is all the solver
 * does, and every reader (score, arrival times, phone page, route sheet) sees the same trips.
 */
public final class TripSchedule {

    private final int[] trips;
    private final long[] arrivals;
    private final long[] tripDepartures;
    private final long travelSeconds;
    private final int tripCount;
    private final int boxesOverCapacity;

    private TripSchedule(
            int[] trips,
            long[] arrivals,
            long[] tripDepartures,
            long travelSeconds,
            int tripCount,
            int boxesOverCapacity) {
        this.trips = trips;
        this.arrivals = arrivals;
        this.tripDepartures = tripDepartures;
        this.travelSeconds = travelSeconds;
        this.tripCount = tripCount;
        this.boxesOverCapacity = boxesOverCapacity;
    }

    /**
     * @param fixedTripEnd stops before this index are on trips already picked up: the next stop starts a new trip
     */
    static TripSchedule of(
            List<Stop> stops,
            TravelMatrix matrix,
            RouteRules rules,
            int capacity,
            long departureSecond,
            int fixedTripEnd) {
        int n = stops.size();
        int[] trips = new int[n];
        long[] arrivals = new long[n];
        long[] departures = new long[n];
        long clock = departureSecond;
        long leftAt = departureSecond;
        long travel = 0;
        int trip = n == 0 ? 0 : 1;
        int load = 0;
        int at = 0;
        int over = 0;
        for (int i = 0; i < n; i++) {
            Stop stop = stops.get(i);
            boolean full = load + stop.demand() > capacity;
            if (i > 0 && (full || i == fixedTripEnd)) {
                long back = matrix.seconds(at, 0);
                travel += back;
                clock += back + rules.reloadSeconds();
                leftAt = clock;
                at = 0;
                load = 0;
                trip++;
            }
            long leg = matrix.seconds(at, stop.location());
            travel += leg;
            clock += leg;
            arrivals[i] = clock;
            departures[i] = leftAt;
            trips[i] = trip;
            clock += rules.serviceSeconds();
            at = stop.location();
            load += stop.demand();
            // one order larger than the boxes, or a trip the volunteer cannot make: those meals do not fit
            if (stop.demand() > capacity) {
                over += stop.demand() - capacity;
            } else if (trip > rules.maxTrips()) {
                over += stop.demand();
            }
        }
        if (n > 0) {
            travel += matrix.seconds(at, 0);
        }
        return new TripSchedule(trips, arrivals, departures, travel, trip, over);
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
}
