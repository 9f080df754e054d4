package cn.xingfu.canteen.delivery.planning;

import java.util.ArrayList;
import java.util.List;

/**
 * The plan a dispatcher would draw by hand (also the solver's starting point: local search then only improves on
 * it): each volunteer in turn goes to the nearest waiting door that still fits
 * in the boxes, until nothing fits. Ignores time windows. The benchmark's baseline, not used for real planning.
 */
public final class NearestNeighbour {

    private NearestNeighbour() {}

    /** Appends the unassigned stops to the unpinned rounds of {@code plan}, in place, and returns it. */
    public static RoutePlan plan(RoutePlan plan) {
        List<Stop> waiting = new ArrayList<>(plan.getStops());
        for (Round round : plan.getRounds()) {
            waiting.removeAll(round.getStops());
        }
        for (Round round : plan.getRounds()) {
            if (round.isPinned()) {
                continue;
            }
            TravelMatrix matrix = round.matrix();
            int at = round.getStops().isEmpty()
                    ? 0
                    : round.getStops().get(round.getStops().size() - 1).location();
            int load = round.load();
            while (true) {
                Stop nearest = null;
                long best = Long.MAX_VALUE;
                for (Stop stop : waiting) {
                    if (load + stop.demand() <= round.capacity() && matrix.seconds(at, stop.location()) < best) {
                        best = matrix.seconds(at, stop.location());
                        nearest = stop;
                    }
                }
                if (nearest == null) {
                    break;
                }
                round.visit(nearest);
                waiting.remove(nearest);
                load += nearest.demand();
                at = nearest.location();
            }
        }
        return plan;
    }
}
