package cn.xingfu.canteen.standing;

import cn.xingfu.canteen.menu.DailyMenuView;
import cn.xingfu.canteen.menu.MenuCatalog;
import cn.xingfu.canteen.menu.MenuItemView;
import cn.xingfu.canteen.ordering.OrderPlacement;
import cn.xingfu.canteen.ordering.PlaceOrder;
import cn.xingfu.canteen.ordering.PlacedOrder;
import cn.xingfu.canteen.senior.Lifecycle;
import cn.xingfu.canteen.senior.SeniorDirectory;
import cn.xingfu.canteen.senior.SeniorProfile;
import cn.xingfu.canteen.shared.MealPeriod;
import cn.xingfu.canteen.shared.security.Actor;
import cn.xingfu.canteen.shared.security.Role;
import cn.xingfu.canteen.site.CanteenDirectory;
import cn.xingfu.canteen.site.ServiceCalendar;
import cn.xingfu.canteen.site.ServiceDay;
import cn.xingfu.kernel.DomainException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Turns standing orders into real orders for a service date. For each slot (standing order × date) it claims the
 * run row, chooses the dishes, and places the order through {@link OrderPlacement} as the canteen's
 * standing-orders account, with the run as idempotency key: subsidy, wallet, portions and every check apply as at
 * the counter. A refusal is stored on the run and retried on later passes until the cut-off. Safe to run again at
 * any time, and on two instances at once: the run's unique key and the order's idempotency key leave one order.
 */
@Service
public class StandingOrderGenerator {

    /** The account id standing orders are placed under (no login; it scopes their idempotency keys). */
    static final long STANDING_ORDERS_ACCOUNT = 1L;

    static final String USERNAME = "system:standing-orders";

    private static final Logger log = LoggerFactory.getLogger(StandingOrderGenerator.class);

    private final StandingOrders standing;
    private final Pauses pauses;
    private final StandingRuns runs;
    private final ServiceCalendar calendar;
    private final CanteenDirectory canteens;
    private final MenuCatalog menus;
    private final SeniorDirectory seniors;
    private final OrderPlacement placement;
    private final Clock clock;

    StandingOrderGenerator(
            StandingOrders standing,
            Pauses pauses,
            StandingRuns runs,
            ServiceCalendar calendar,
            CanteenDirectory canteens,
            MenuCatalog menus,
            SeniorDirectory seniors,
            OrderPlacement placement,
            Clock clock) {
        this.standing = standing;
        this.pauses = pauses;
        this.runs = runs;
        this.calendar = calendar;
        this.canteens = canteens;
        this.menus = menus;
        this.seniors = seniors;
        this.placement = placement;
        this.clock = clock;
    }

    /** Every canteen with active standing orders, for one service date. */
    public GenerationReport generate(LocalDate date) {
        GenerationReport total = GenerationReport.empty(date);
        for (long canteenId : standing.canteensWithActive()) {
            total = total.plus(generate(canteenId, date));
        }
        return total;
    }

    /** One canteen, one service date, every meal. */
    public GenerationReport generate(long canteenId, LocalDate date) {
        ServiceDay day = calendar.day(canteenId, date);
        GenerationReport report = GenerationReport.empty(date);
        if (!day.open()) {
            return report;
        }
        for (MealPeriod period : MealPeriod.values()) {
            List<StandingOrder> wanted = standing.activeAt(canteenId, period).stream()
                    .filter(order -> order.wants(date, day.servesAs()))
                    .toList();
            if (wanted.isEmpty()) {
                continue;
            }
            DailyMenuView menu = menus.menu(canteenId, date, period);
            for (StandingOrder order : wanted) {
                report = report.plus(slot(order, date, menu));
            }
        }
        return report;
    }

    /**
     * The standing-order meals of a canteen's meal that have no order yet and would get one: on a service day, not
     * paused, not yet placed or failed. Changes nothing.
     */
    public List<ForecastSlot> forecast(long canteenId, LocalDate date, MealPeriod period) {
        ServiceDay day = calendar.day(canteenId, date);
        if (!day.open()) {
            return List.of();
        }
        DailyMenuView menu = menus.menu(canteenId, date, period);
        return standing.activeAt(canteenId, period).stream()
                .filter(order -> order.wants(date, day.servesAs()))
                .filter(order ->
                        pauses.overlapping(order.seniorId(), date, date).isEmpty())
                .filter(order -> runs.find(order.id(), date, period).isEmpty())
                .map(order -> {
                    SeniorProfile senior = seniors.profile(order.seniorId());
                    DishChoice.Result choice = DishChoice.choose(order.categories(), menu.items(), senior.dietary());
                    return new ForecastSlot(
                            order.id(),
                            order.seniorId(),
                            order.channel(),
                            choice.dishes().stream()
                                    .map(MenuItemView::menuItemId)
                                    .toList(),
                            choice.missingCategory());
                })
                .toList();
    }

    private GenerationReport slot(StandingOrder order, LocalDate date, DailyMenuView menu) {
        Instant now = clock.instant();
        Instant deadline;
        try {
            deadline = canteens.orderingDeadline(order.canteenId(), date, order.period(), order.channel());
        } catch (DomainException notServed) {
            return fail(order, date, "", notServed, now);
        }
        if (deadline.isBefore(order.createdAt())
                || !pauses.overlapping(order.seniorId(), date, date).isEmpty()) {
            return GenerationReport.empty(date);
        }
        Optional<StandingRuns.Stored> existing = runs.find(order.id(), date, order.period());
        if (existing.isPresent() && existing.get().view().outcome().equals("PLACED")) {
            return counted(date, 0, 1, 0, 0);
        }
        boolean pastCutoff = now.isAfter(deadline);
        if (existing.isPresent() && existing.get().view().failed() && pastCutoff) {
            return counted(date, 0, 0, 1, 0);
        }
        if (existing.isPresent() && existing.get().view().outcome().equals("PENDING")) {
            // an interrupted claim: place exactly what it chose; the idempotency key finds the order if it exists
            return place(
                    order, date, existing.get().view().runId(), existing.get().items(), now);
        }
        if (!menu.published() && !pastCutoff) {
            return counted(date, 0, 0, 0, 1);
        }
        SeniorProfile senior = seniors.profile(order.seniorId());
        DomainException refusal = refusal(order, senior, menu);
        String items = refusal == null ? items(order, senior, menu) : "";
        long runId;
        if (existing.isPresent()) {
            runId = existing.get().view().runId();
            runs.rechoose(runId, items, now);
        } else if (runs.claim(order, date, items, now)) {
            runId = runs.find(order.id(), date, order.period())
                    .orElseThrow()
                    .view()
                    .runId();
        } else {
            // another pass (here or on another instance) claimed the slot first: it places the order
            return counted(date, 0, 1, 0, 0);
        }
        if (refusal != null) {
            runs.failed(runId, refusal.code(), refusal.messageZh(), refusal.messageEn(), now);
            return counted(date, 0, 0, 1, 0);
        }
        return place(order, date, runId, items, now);
    }

    private GenerationReport place(StandingOrder order, LocalDate date, long runId, String items, Instant now) {
        if (items.isEmpty()) {
            return counted(date, 0, 0, 1, 0);
        }
        List<PlaceOrder.Item> lines = Arrays.stream(items.split(","))
                .map(pair -> pair.split(":"))
                .map(pair -> new PlaceOrder.Item(Long.parseLong(pair[0]), Integer.parseInt(pair[1])))
                .toList();
        PlaceOrder request = new PlaceOrder(
                null,
                null,
                order.seniorId(),
                order.canteenId(),
                order.channel(),
                order.payment(),
                lines,
                false,
                date,
                order.period(),
                null);
        Actor actor = new Actor(STANDING_ORDERS_ACCOUNT, USERNAME, Role.CANTEEN_STAFF, order.canteenId());
        try {
            PlacedOrder placed = placement.place(request, "standing:" + runId, actor);
            runs.placed(runId, placed.order().orderId(), now);
            return placed.created() ? counted(date, 1, 0, 0, 0) : counted(date, 0, 1, 0, 0);
        } catch (DomainException refused) {
            runs.failed(runId, refused.code(), refused.messageZh(), refused.messageEn(), now);
            return counted(date, 0, 0, 1, 0);
        } catch (RuntimeException unexpected) {
            // the claim stays PENDING and the next pass resumes it with the same dishes and key
            log.warn(
                    "Standing order {} for {} {} not placed yet: {}",
                    order.id(),
                    date,
                    order.period(),
                    unexpected.toString());
            return counted(date, 0, 0, 0, 1);
        }
    }

    /** Reasons to record a failure without trying to place: the senior cannot order, no menu, no suitable dish. */
    private static @org.jspecify.annotations.Nullable DomainException refusal(
            StandingOrder order, SeniorProfile senior, DailyMenuView menu) {
        if (senior.lifecycle() != Lifecycle.ACTIVE) {
            return DomainException.rejected(
                    "SENIOR_NOT_ACTIVE",
                    "该长者状态为「" + senior.lifecycle().zh() + "」，未生成订单",
                    "This senior is " + senior.lifecycle().name().toLowerCase().replace('_', ' ')
                            + "; no order was placed");
        }
        if (!menu.published()) {
            return DomainException.rejected(
                    "NO_MENU", "截止前没有发布菜单，未生成订单", "No menu was published before the cut-off; no order was placed");
        }
        DishChoice.Result choice = DishChoice.choose(order.categories(), menu.items(), senior.dietary());
        if (!choice.complete()) {
            return DomainException.rejected(
                    "NO_SUITABLE_DISH",
                    "今日菜单中没有适合该长者的「" + choice.missingCategory() + "」（过敏、软硬或已售完），请联系长者",
                    "Today's menu has no " + choice.missingCategory()
                            + " dish this senior can eat (allergy, texture or sold out); please call the senior");
        }
        return null;
    }

    private static String items(StandingOrder order, SeniorProfile senior, DailyMenuView menu) {
        return DishChoice.choose(order.categories(), menu.items(), senior.dietary()).dishes().stream()
                .map(MenuItemView::menuItemId)
                .sorted()
                .map(id -> id + ":1")
                .collect(Collectors.joining(","));
    }

    private GenerationReport fail(StandingOrder order, LocalDate date, String items, DomainException why, Instant now) {
        Optional<StandingRuns.Stored> existing = runs.find(order.id(), date, order.period());
        if (existing.isPresent() && !existing.get().view().failed()) {
            return counted(date, 0, existing.get().view().outcome().equals("PLACED") ? 1 : 0, 0, 0);
        }
        if (existing.isEmpty() && !runs.claim(order, date, items, now)) {
            return counted(date, 0, 1, 0, 0);
        }
        long runId =
                runs.find(order.id(), date, order.period()).orElseThrow().view().runId();
        runs.failed(runId, why.code(), why.messageZh(), why.messageEn(), now);
        return counted(date, 0, 0, 1, 0);
    }

    private static GenerationReport counted(LocalDate date, int placed, int already, int failed, int waiting) {
        return new GenerationReport(date, placed, already, failed, waiting);
    }
}
