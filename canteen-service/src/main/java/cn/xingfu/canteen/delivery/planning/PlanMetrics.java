package cn.xingfu.canteen.delivery.planning;

/** Figures of a plan that a planner (and the benchmark) cares about. */
public record PlanMetrics(
        long travelSeconds,
        int assignedStops,
        int unassignedStops,
        int hotWindowViolations,
        long hotWindowExcessSeconds,
        int ceilingViolations,
        int overloadedRounds,
        long preferenceMissSeconds,
        int trips) {

    public static PlanMetrics of(RoutePlan plan) {
        long travel = 0;
        int assigned = 0;
        int hot = 0;
        long hotExcess = 0;
        int ceiling = 0;
        int overloaded = 0;
        long preference = 0;
        int trips = 0;
        for (Round round : plan.getRounds()) {
            TripSchedule schedule = round.schedule();
            travel += schedule.travelSeconds();
            assigned += schedule.size();
            hot += schedule.hotWindowViolations();
            hotExcess += schedule.hotWindowExcessSeconds();
            ceiling += schedule.ceilingViolations();
            overloaded += schedule.boxesOverCapacity() > 0 ? 1 : 0;
            preference += schedule.preferenceMissSeconds();
            trips += schedule.tripCount();
        }
        return new PlanMetrics(
                travel,
                assigned,
                plan.getStops().size() - assigned,
                hot,
                hotExcess,
                ceiling,
                overloaded,
                preference,
                trips);
    }
}
