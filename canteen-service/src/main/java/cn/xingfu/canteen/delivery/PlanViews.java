package cn.xingfu.canteen.delivery;

import cn.xingfu.canteen.senior.DeliveryContact;
import cn.xingfu.canteen.senior.SeniorDirectory;
import cn.xingfu.kernel.Masking;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The planner's picture of a plan: its rounds with volunteer, trips and stops in order, the stops no round took,
 * solving progress, and each stop's planned arrival and whether it is beyond the hot window. Seniors' names are
 * masked; the address is there because the planner assigns it.
 */
@Component
class PlanViews {

    private final DeliveryPlans plans;
    private final DeliveryRounds rounds;
    private final DeliveryStops stops;
    private final Volunteers volunteers;
    private final SeniorDirectory seniors;
    private final RoundTimetable timetable;
    private final PlanProgress progress;
    private final TransactionTemplate tx;

    PlanViews(
            DeliveryPlans plans,
            DeliveryRounds rounds,
            DeliveryStops stops,
            Volunteers volunteers,
            SeniorDirectory seniors,
            RoundTimetable timetable,
            PlanProgress progress,
            PlatformTransactionManager transactions) {
        this.plans = plans;
        this.rounds = rounds;
        this.stops = stops;
        this.volunteers = volunteers;
        this.seniors = seniors;
        this.timetable = timetable;
        this.progress = progress;
        this.tx = new TransactionTemplate(transactions);
    }

    PlanView view(long planId) {
        return tx.execute(status -> {
            DeliveryPlan plan = plans.require(planId);
            List<DeliveryRound> planRounds = rounds.findByPlanIdOrderById(planId);
            List<DeliveryStop> planStops = stops.findByPlanIdOrderByRoundIdAscSequenceAsc(planId);
            Map<Long, String> names = new HashMap<>();
            volunteers
                    .findAllById(
                            planRounds.stream().map(DeliveryRound::volunteerId).toList())
                    .forEach(v -> names.put(v.id(), v.name()));
            Map<Long, List<PlanView.StopView>> byRound = new HashMap<>();
            List<PlanView.StopView> unassigned = new ArrayList<>();
            Map<Long, DeliveryContact> contacts = new HashMap<>();
            for (DeliveryStop stop : planStops) {
                DeliveryContact contact = contacts.computeIfAbsent(stop.seniorId(), seniors::deliveryContact);
                PlanView.StopView stopView = new PlanView.StopView(
                        stop.id(),
                        stop.orderId(),
                        stop.seniorId(),
                        Masking.name(contact.name()),
                        contact.address(),
                        stop.sequence(),
                        stop.trip(),
                        stop.tripLeavesAt(),
                        stop.plannedArrival(),
                        stop.status(),
                        stop.latitude(),
                        stop.longitude(),
                        stop.late(),
                        timetable.beyondHotWindow(stop));
                if (stop.roundId() == null) {
                    unassigned.add(stopView);
                } else {
                    byRound.computeIfAbsent(stop.roundId(), k -> new ArrayList<>())
                            .add(stopView);
                }
            }
            List<PlanView.RoundView> roundViews = new ArrayList<>();
            for (DeliveryRound round : planRounds) {
                List<PlanView.StopView> list = byRound.getOrDefault(round.id(), List.of());
                roundViews.add(new PlanView.RoundView(
                        round.id(),
                        round.volunteerId(),
                        names.getOrDefault(round.volunteerId(), "?"),
                        round.transport(),
                        round.boxCapacity(),
                        list.size(),
                        round.trips(),
                        round.status(),
                        round.departureAt(),
                        Math.round(round.travelSeconds() / 60.0),
                        list));
            }
            return new PlanView(
                    plan.id(),
                    plan.canteenId(),
                    plan.serviceDate(),
                    plan.period(),
                    plan.status(),
                    plan.status().zh(),
                    plan.status().en(),
                    progress.percent(plan),
                    progress.score(plan),
                    Math.round(plan.travelSeconds() / 60.0),
                    plan.unassigned(),
                    plan.hotWindowLate(),
                    plan.message(),
                    roundViews,
                    unassigned);
        });
    }
}
