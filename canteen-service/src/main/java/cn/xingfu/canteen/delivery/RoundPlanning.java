package cn.xingfu.canteen.delivery;

import cn.xingfu.canteen.ordering.OrderQueries;
import cn.xingfu.canteen.shared.MealPeriod;
import cn.xingfu.canteen.shared.security.Actor;
import cn.xingfu.canteen.site.CanteenDirectory;
import cn.xingfu.canteen.site.CanteenView;
import cn.xingfu.canteen.site.MealWindow;
import cn.xingfu.kernel.DomainException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Plans the delivery rounds of a canteen's meal in the background (Timefold), shows progress, and lets the planner
 * move a stop, swap volunteers or send a no-show volunteer's stops back to planning. Rounds already picked up are
 * pinned: re-planning never changes them. The work is done by {@link PlanSolving} (prepare, solve, write back),
 * {@link PlanEditing} (the planner's changes) and {@link PlanViews} (what the planner sees); this is the
 * module's entry point and the scheduler's.
 */
@Service
public class RoundPlanning {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final Logger log = LoggerFactory.getLogger(RoundPlanning.class);

    private final DeliveryPlans plans;
    private final PlanSolving solving;
    private final PlanEditing editing;
    private final PlanViews views;
    private final CanteenDirectory canteens;
    private final OrderQueries orders;
    private final Clock clock;

    RoundPlanning(
            DeliveryPlans plans,
            PlanSolving solving,
            PlanEditing editing,
            PlanViews views,
            CanteenDirectory canteens,
            OrderQueries orders,
            Clock clock) {
        this.plans = plans;
        this.solving = solving;
        this.editing = editing;
        this.views = views;
        this.canteens = canteens;
        this.orders = orders;
        this.clock = clock;
    }

    /** Starts (or restarts) planning in the background and returns at once; poll {@link #get} for progress. */
    public PlanView plan(long canteenId, LocalDate date, MealPeriod period, Actor actor) {
        actor.requireStaff();
        actor.requireCanteen(canteenId);
        long planId = start(canteenId, date, period);
        return view(planId);
    }

    public PlanView get(long planId, Actor actor) {
        requireStaffOf(plans.require(planId), actor);
        return view(planId);
    }

    public @Nullable PlanView find(long canteenId, LocalDate date, MealPeriod period, Actor actor) {
        actor.requireStaff();
        actor.requireCanteen(canteenId);
        return plans.findByCanteenIdAndServiceDateAndPeriod(canteenId, date, period)
                .map(p -> view(p.id()))
                .orElse(null);
    }

    /**
     * Moves a waiting stop to another position or round ({@code roundId} null leaves it unassigned). A round with
     * trips already out takes it on a later trip: positions before the meals on their way are not available.
     */
    public PlanView moveStop(long planId, long stopId, @Nullable Long roundId, int position, Actor actor) {
        editing.moveStop(planId, stopId, roundId, position, actor);
        return view(planId);
    }

    /** Hands round A to round B's volunteer and B to A's (for example the e-bike takes the far stops). */
    public PlanView swapVolunteers(long planId, long roundA, long roundB, Actor actor) {
        editing.swapVolunteers(planId, roundA, roundB, actor);
        return view(planId);
    }

    /** The volunteer did not come: their stops go back to planning, and planning starts again at once. */
    public PlanView noShow(long roundId, Actor actor) {
        DeliveryPlan plan = editing.noShow(roundId, actor);
        start(plan.canteenId(), plan.serviceDate(), plan.period());
        return view(plan.id());
    }

    /** For the scheduler: plans every meal whose delivery cut-off has passed today and that has no plan yet. */
    void planDueMeals() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, BEIJING);
        LocalTime time = LocalTime.ofInstant(now, BEIJING);
        for (CanteenView canteen : canteens.all()) {
            if (!canteen.active()) {
                continue;
            }
            for (MealWindow window : canteen.meals()) {
                if (time.isBefore(window.deliveryCutoff()) || !time.isBefore(window.serveUntil())) {
                    continue;
                }
                if (plans.findByCanteenIdAndServiceDateAndPeriod(canteen.id(), today, window.period())
                        .isPresent()) {
                    continue;
                }
                if (orders.deliveryOrders(canteen.id(), today, window.period()).isEmpty()) {
                    continue;
                }
                try {
                    start(canteen.id(), today, window.period());
                } catch (RuntimeException e) {
                    log.warn("Automatic delivery planning of canteen {} {} failed", canteen.id(), window.period(), e);
                }
            }
        }
    }

    long start(long canteenId, LocalDate date, MealPeriod period) {
        return solving.start(canteenId, date, period);
    }

    PlanView view(long planId) {
        return views.view(planId);
    }

    static void requireStaffOf(DeliveryPlan plan, Actor actor) {
        actor.requireStaff();
        actor.requireCanteen(plan.canteenId());
    }

    static DomainException roundNotFound() {
        return DomainException.notFound("ROUND_NOT_FOUND", "找不到该配送路线", "Delivery round not found");
    }

    static DomainException stopNotFound() {
        return DomainException.notFound("STOP_NOT_FOUND", "找不到该配送点", "Delivery stop not found");
    }
}
