package cn.xingfu.canteen.delivery;

import cn.xingfu.canteen.delivery.planning.Round;
import cn.xingfu.canteen.delivery.planning.RoutePlan;
import cn.xingfu.canteen.delivery.planning.Stop;
import cn.xingfu.canteen.delivery.planning.TripSchedule;
import java.time.Clock;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Writes the solver's best routes back: each waiting stop gets its round, position, trip and times, each round
 * its travel time and trips, the plan its score and figures. What moved while the solver ran (a round picked up,
 * a meal on its way) is left as it is. Call inside a transaction.
 */
@Component
class SolvedRoutes {

    private final DeliveryPlans plans;
    private final DeliveryRounds rounds;
    private final DeliveryStops stops;
    private final RoundTimetable timetable;
    private final Clock clock;

    SolvedRoutes(
            DeliveryPlans plans, DeliveryRounds rounds, DeliveryStops stops, RoundTimetable timetable, Clock clock) {
        this.plans = plans;
        this.rounds = rounds;
        this.stops = stops;
        this.timetable = timetable;
        this.clock = clock;
    }

    void record(PreparedPlan prepared, RoutePlan best) {
        DeliveryPlan plan = plans.require(prepared.planId());
        Map<Long, DeliveryStop> byOrder = stops.findByPlanIdOrderByRoundIdAscSequenceAsc(plan.id()).stream()
                .collect(Collectors.toMap(DeliveryStop::orderId, Function.identity()));
        Map<Long, DeliveryRound> byVolunteer = rounds.findByPlanIdOrderById(plan.id()).stream()
                .collect(Collectors.toMap(DeliveryRound::volunteerId, Function.identity(), (a, b) -> a));
        for (Round round : best.getRounds()) {
            DeliveryRound stored = byVolunteer.get(round.volunteerId());
            if (round.isPinned() || stored == null || !stored.isReplannable()) {
                continue;
            }
            TripSchedule schedule = round.schedule();
            for (int i = 0; i < round.getStops().size(); i++) {
                DeliveryStop stop = byOrder.get(round.getStops().get(i).orderId());
                if (stop != null && stop.isWaiting()) {
                    stop.placeIn(
                            stored.id(),
                            i + 1,
                            schedule.tripOf(i),
                            timetable.at(prepared.date(), schedule.tripDeparture(i)),
                            timetable.at(prepared.date(), schedule.arrival(i)));
                }
            }
            stored.travel(schedule.travelSeconds(), schedule.tripCount());
        }
        for (Stop stop : best.getStops()) {
            DeliveryStop stored = byOrder.get(stop.orderId());
            if (stop.getRound() == null && stored != null && stored.isWaiting()) {
                stored.unassign();
            }
        }
        var metrics = best.metrics();
        plan.solved(
                best.getScore() == null ? null : best.getScore().toString(),
                metrics.travelSeconds(),
                metrics.unassignedStops(),
                metrics.hotWindowViolations(),
                clock.instant());
    }

    void failed(long planId, Throwable error) {
        plans.findById(planId).ifPresent(plan -> plan.failed(String.valueOf(error.getMessage()), clock.instant()));
    }
}
