package cn.xingfu.canteen.delivery;

import cn.xingfu.canteen.senior.DeliveryContact;
import cn.xingfu.canteen.shared.MealPeriod;
import cn.xingfu.canteen.site.CanteenDirectory;
import cn.xingfu.canteen.site.CanteenView;
import cn.xingfu.canteen.site.MealWindow;
import cn.xingfu.kernel.Ids;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Makes a meal's plan ready for the solver in one transaction: the plan (new or again) is marked solving, its
 * stops follow the orders ({@link StopsFromOrders}), its rounds the duty list ({@link RoundsFromDuty}), and the
 * solver's problem is built from what is stored ({@link RouteProblems}). Rounds leave when the meal is served.
 */
@Component
class PlanPreparation {

    private final DeliveryPlans plans;
    private final CanteenDirectory canteens;
    private final StopsFromOrders stopsFromOrders;
    private final RoundsFromDuty roundsFromDuty;
    private final RouteProblems problems;
    private final Clock clock;

    PlanPreparation(
            DeliveryPlans plans,
            CanteenDirectory canteens,
            StopsFromOrders stopsFromOrders,
            RoundsFromDuty roundsFromDuty,
            RouteProblems problems,
            Clock clock) {
        this.plans = plans;
        this.canteens = canteens;
        this.stopsFromOrders = stopsFromOrders;
        this.roundsFromDuty = roundsFromDuty;
        this.problems = problems;
        this.clock = clock;
    }

    /** Call inside a transaction. */
    PreparedPlan prepare(long canteenId, LocalDate date, MealPeriod period) {
        CanteenView canteen = canteens.canteen(canteenId);
        MealWindow window = canteens.window(canteenId, period);
        DeliveryPlan plan = plans.findByCanteenIdAndServiceDateAndPeriod(canteenId, date, period)
                .orElseGet(() -> plans.save(new DeliveryPlan(Ids.next(), canteenId, date, period)));
        plan.startSolving(clock.instant());
        Instant departure = LocalDateTime.of(date, window.serveFrom())
                .atZone(RoundPlanning.BEIJING)
                .toInstant();
        Map<Long, DeliveryContact> contacts = new HashMap<>();
        Map<Long, DeliveryStop> byOrder = stopsFromOrders.follow(plan, canteen, date, period, contacts);
        RoundsFromDuty.DutyRounds duty = roundsFromDuty.follow(plan, date, period, departure, byOrder.values());
        return new PreparedPlan(
                plan.id(), date, problems.problem(canteen, window, duty.all(), byOrder.values(), contacts));
    }
}
