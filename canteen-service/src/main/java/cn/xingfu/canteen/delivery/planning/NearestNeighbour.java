package cn.xingfu.canteen.delivery.planning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The plan a dispatcher would draw by hand (also the solver's starting point: local search then only improves on
 * it): whoever is back at the kitchen first takes the next trip, filled with the nearest waiting door that still
 * fits in the boxes and can be reached within the food-to-mouth ceiling, then the nearest to that, until nothing
 * fits. Ignores the hot-meal window and seniors' preferences. The benchmark's baseline.
 */
public final class NearestNeighbour {

    private NearestNeighbour() {}

    /** Appends the unassigned stops to the unpinned rounds of {@code plan}, in place, and returns it. */
    public static RoutePlan plan(RoutePlan plan) {
        List<Stop> waiting = new ArrayList<>(plan.getStops());
        for (Round round : plan.getRounds()) {
            waiting.removeAll(round.getStops());
        }
        PriorityQueue<Free> queue = new PriorityQueue<>(
                Comparator.comparingLong(Free::second).thenComparingLong(free -> free.round.volunteerId()));
        for (Round round : plan.getRounds()) {
            if (!round.isPinned()) {
                queue.add(free(round));
            }
        }
        while (!waiting.isEmpty() && !queue.isEmpty()) {
            Round round = queue.poll().round();
            Free free = free(round);
            if (round.schedule().tripCount() >= round.rules().maxTrips() || !trip(round, free.second(), waiting)) {
                continue;
            }
            queue.add(free(round));
        }
        return plan;
    }

    /** One trip leaving the kitchen at {@code leaves}; false when not even one waiting meal fits. */
    private static boolean trip(Round round, long leaves, List<Stop> waiting) {
        TravelMatrix matrix = round.matrix();
        long deadline = round.readySecond() + round.rules().ceilingSeconds();
        long clock = leaves + (round.getStops().isEmpty() ? 0 : round.rules().reloadSeconds());
        int at = 0;
        int load = 0;
        boolean any = false;
        while (true) {
            Stop nearest = null;
            long best = Long.MAX_VALUE;
            for (Stop stop : waiting) {
                long seconds = matrix.seconds(at, stop.location());
                if (load + stop.demand() <= round.capacity() && seconds < best && clock + seconds <= deadline) {
                    best = seconds;
                    nearest = stop;
                }
            }
            if (nearest == null) {
                return any;
            }
            round.visit(nearest);
            waiting.remove(nearest);
            clock += best + round.rules().serviceSeconds();
            load += nearest.demand();
            at = nearest.location();
            any = true;
        }
    }

    /** When the round is back at the kitchen, ready for another trip. */
    private static Free free(Round round) {
        TripSchedule schedule = round.schedule();
        if (schedule.size() == 0) {
            return new Free(round, round.departureSecond());
        }
        int last = schedule.size() - 1;
        long back = round.matrix().seconds(round.getStops().get(last).location(), 0);
        return new Free(round, schedule.arrival(last) + round.rules().serviceSeconds() + back);
    }

    private record Free(Round round, long second) {}
}
