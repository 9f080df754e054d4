package cn.xingfu.canteen.delivery;

import cn.xingfu.canteen.card.CardManagement;
import cn.xingfu.canteen.delivery.planning.TransportMode;
import cn.xingfu.canteen.menu.DishDraft;
import cn.xingfu.canteen.menu.DishView;
import cn.xingfu.canteen.menu.MenuFixtures;
import cn.xingfu.canteen.menu.MenuItemView;
import cn.xingfu.canteen.menu.MenuPlanning;
import cn.xingfu.canteen.ordering.OrderPlacement;
import cn.xingfu.canteen.ordering.OrderProgress;
import cn.xingfu.canteen.ordering.OrderStatus;
import cn.xingfu.canteen.ordering.PaymentMethod;
import cn.xingfu.canteen.ordering.PlaceOrder;
import cn.xingfu.canteen.senior.DietaryNeeds;
import cn.xingfu.canteen.senior.EligibilityStatus;
import cn.xingfu.canteen.senior.EmergencyContact;
import cn.xingfu.canteen.senior.SeniorFixtures;
import cn.xingfu.canteen.senior.SeniorRegistration;
import cn.xingfu.canteen.senior.SeniorRegistry;
import cn.xingfu.canteen.senior.StatusPeriod;
import cn.xingfu.canteen.shared.Channel;
import cn.xingfu.canteen.shared.MealPeriod;
import cn.xingfu.canteen.shared.food.DietaryTag;
import cn.xingfu.canteen.shared.food.Texture;
import cn.xingfu.canteen.shared.security.Account;
import cn.xingfu.canteen.shared.security.Accounts;
import cn.xingfu.canteen.shared.security.Actor;
import cn.xingfu.canteen.shared.security.Role;
import cn.xingfu.canteen.site.CanteenDirectory;
import cn.xingfu.canteen.site.CanteenView;
import cn.xingfu.canteen.site.NewCanteen;
import cn.xingfu.canteen.site.SiteFixtures;
import cn.xingfu.canteen.subsidy.SubsidyPolicies;
import cn.xingfu.canteen.subsidy.SubsidyPolicy;
import cn.xingfu.canteen.support.TestClock;
import cn.xingfu.canteen.support.TestIdNumbers;
import cn.xingfu.kernel.Ids;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.awaitility.Awaitility;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Builds a complete, isolated delivery scenario through the modules' own APIs: a canteen in its own district with a
 * delivery-friendly subsidy policy, a published lunch, delivery-eligible seniors with cards, staff and volunteer
 * logins, and cooked delivery orders. The application clock is pinned to 09:00 Beijing time (before the lunch
 * delivery cut-off) on the real date; call {@link #release()} afterwards.
 */
@Component
class DeliveryWorld {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    static final String PASSWORD = "volunteer-pass-1";

    private final CanteenDirectory canteens;
    private final SubsidyPolicies policies;
    private final MenuPlanning menus;
    private final SeniorRegistry seniors;
    private final CardManagement cards;
    private final OrderPlacement placement;
    private final OrderProgress progress;
    private final VolunteerRegistry volunteers;
    private final Accounts accounts;
    private final PasswordEncoder passwords;
    private final RoundPlanning planning;
    private final TestClock clock;

    DeliveryWorld(
            CanteenDirectory canteens,
            SubsidyPolicies policies,
            MenuPlanning menus,
            SeniorRegistry seniors,
            CardManagement cards,
            OrderPlacement placement,
            OrderProgress progress,
            VolunteerRegistry volunteers,
            Accounts accounts,
            PasswordEncoder passwords,
            RoundPlanning planning,
            TestClock clock) {
        this.canteens = canteens;
        this.policies = policies;
        this.menus = menus;
        this.seniors = seniors;
        this.cards = cards;
        this.placement = placement;
        this.progress = progress;
        this.volunteers = volunteers;
        this.accounts = accounts;
        this.passwords = passwords;
        this.planning = planning;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(BEIJING);
    }

    void pinBeforeCutoff() {
        clock.pin(LocalDateTime.of(today(), LocalTime.of(9, 0)).atZone(BEIJING).toInstant());
    }

    void release() {
        clock.reset();
    }

    Scenario scenario(int seniorCount) {
        return scenario(seniorCount, "");
    }

    /**
     * A scenario whose stored text (canteen, seniors' names and addresses, the first dish) starts with {@code label},
     * e.g. markup that the pages must show as text.
     */
    Scenario scenario(int seniorCount, String label) {
        pinBeforeCutoff();
        long id = Ids.next();
        String district = String.valueOf(800000 + Math.floorMod(id, 99_999));
        CanteenView canteen = canteens.register(new NewCanteen(
                id,
                "D" + id,
                label + "送餐测试食堂" + id,
                "几江街道",
                district,
                "几江街道测试路 8 号",
                29.2895,
                106.2596,
                SiteFixtures.standardMeals()));
        if (SubsidyPolicy.NONE.equals(policies.inForceOrNone(district, today()).version())) {
            policies.create(
                    new SubsidyPolicy(
                            district,
                            "test-" + id,
                            "送餐测试",
                            today(),
                            null,
                            SubsidyPolicy.Basis.PER_MEAL,
                            List.of(new SubsidyPolicy.Tier("AGE_60", "60岁及以上", 60, Set.of(), new BigDecimal("3.00"))),
                            null,
                            null,
                            null,
                            BigDecimal.ZERO,
                            SubsidyPolicy.DeliveryRule.standard()),
                    "test");
        }
        Actor manager = new Actor(Ids.next(), "manager-" + id, Role.CANTEEN_MANAGER, canteen.id());
        DishView rice = label.isEmpty()
                ? MenuFixtures.aDish(menus, "12.00")
                : menus.createDish(new DishDraft(
                        label + "米饭",
                        label + " rice",
                        new BigDecimal("12.00"),
                        "主食",
                        Set.of(),
                        Set.of(),
                        Texture.SOFT));
        DishView soup = MenuFixtures.aDish(menus, "6.00");
        List<MenuItemView> items = List.of(
                menus.putItem(
                        canteen.id(),
                        new MenuPlanning.ItemRequest(today(), MealPeriod.LUNCH, rice.id(), 100, null),
                        MenuFixtures.ADMIN),
                menus.putItem(
                        canteen.id(),
                        new MenuPlanning.ItemRequest(today(), MealPeriod.LUNCH, soup.id(), 100, null),
                        MenuFixtures.ADMIN));
        menus.publishWeek(
                canteen.id(), today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), MenuFixtures.ADMIN);
        List<Senior> list = new ArrayList<>();
        for (int i = 0; i < seniorCount; i++) {
            double lat = 29.2895 + 0.004 * Math.cos(i * 1.3) * (1 + i % 3);
            double lng = 106.2596 + 0.004 * Math.sin(i * 1.3) * (1 + i % 3);
            long seniorId = seniors.register(
                            new SeniorRegistration(
                                    label + "送餐老人" + (char) ('甲' + i) + id % 1000,
                                    TestIdNumbers.bornOn(LocalDate.of(1938, 5, 1 + i)),
                                    null,
                                    null,
                                    "1390000" + String.format("%04d", i),
                                    label + "几江街道送餐路 " + (i + 1) + " 号",
                                    lat,
                                    lng,
                                    canteen.id(),
                                    // the first senior has a need the volunteer reads in words, never as LOW_SALT
                                    i == 0
                                            ? new DietaryNeeds(Set.of(DietaryTag.LOW_SALT), Set.of(), Texture.NORMAL)
                                            : DietaryNeeds.none(),
                                    new EmergencyContact("女儿" + i, "女儿", "1380000" + String.format("%04d", i)),
                                    null,
                                    i == 0 ? "耳背，请大声敲门" : null,
                                    null,
                                    null,
                                    List.of(new StatusPeriod(
                                            EligibilityStatus.DISABLED, "测试", today().minusYears(1), null)),
                                    SeniorFixtures.consentedToAll()),
                            manager)
                    .senior()
                    .id();
            var card = cards.issue(seniorId, Set.of(), manager);
            list.add(new Senior(seniorId, card.manualCode(), card.token()));
        }
        Actor staff = new Actor(Ids.next(), "staff-" + id, Role.CANTEEN_STAFF, canteen.id());
        List<Long> orders = new ArrayList<>();
        for (Senior senior : list) {
            long orderId = placement
                    .place(
                            new PlaceOrder(
                                    null,
                                    null,
                                    senior.id(),
                                    canteen.id(),
                                    Channel.DELIVERY,
                                    PaymentMethod.CASH,
                                    items.stream()
                                            .map(item -> new PlaceOrder.Item(item.menuItemId(), 1))
                                            .toList(),
                                    true,
                                    today(),
                                    MealPeriod.LUNCH,
                                    null),
                            "delivery-" + senior.id(),
                            staff)
                    .order()
                    .orderId();
            progress.confirmCash(orderId, staff);
            progress.advance(orderId, OrderStatus.PREPARING, null, staff);
            progress.advance(orderId, OrderStatus.READY, null, staff);
            orders.add(orderId);
        }
        return new Scenario(canteen, manager, staff, list, orders);
    }

    /** A volunteer on duty for lunch on every day, with a login (username returned). */
    VolunteerLogin volunteer(Scenario scenario, String name, int capacity, TransportMode mode) {
        VolunteerView view = volunteers.register(
                scenario.canteen().id(),
                new NewVolunteer(name, "13700001234", EnumSet.of(MealPeriod.LUNCH), capacity, mode, false),
                scenario.manager());
        List<VolunteerView.ShiftView> shifts = new ArrayList<>();
        for (int day = 1; day <= 7; day++) {
            shifts.add(new VolunteerView.ShiftView(day, MealPeriod.LUNCH));
        }
        volunteers.schedule(view.id(), shifts, scenario.manager());
        String username = "vol" + Ids.next();
        VolunteerView linked = volunteers.createLogin(view.id(), username, PASSWORD, scenario.manager());
        Account account = accounts.findByUsername(username).orElseThrow();
        return new VolunteerLogin(linked.id(), username, account.toActor());
    }

    /** A staff login of the scenario's canteen for browser and HTTP tests. */
    String staffLogin(Scenario scenario) {
        return login(Role.CANTEEN_STAFF, scenario.canteen().id());
    }

    /** Any account (kiosk, staff of another canteen, district administrator) with {@link #PASSWORD}. */
    String login(Role role, @Nullable Long canteenId) {
        String username = role.name().toLowerCase().replace("_", "") + Ids.next();
        accounts.save(new Account(Ids.next(), username, passwords.encode(PASSWORD), "测试员", role, canteenId));
        return username;
    }

    /** Plans the scenario's lunch as its staff and waits (bounded) until the solver has finished. */
    PlanView planned(Scenario scenario) {
        return awaitPlanned(planning.plan(scenario.canteen().id(), today(), MealPeriod.LUNCH, scenario.staff())
                .planId());
    }

    /** Waits at most a minute for planning to leave SOLVING; fails unless it ended PLANNED. */
    PlanView awaitPlanned(long planId) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> planning.view(planId).status() != PlanStatus.SOLVING);
        PlanView view = planning.view(planId);
        if (view.status() != PlanStatus.PLANNED) {
            throw new AssertionError("planning ended " + view.status() + ": " + view.message());
        }
        return view;
    }

    static PlanView.RoundView roundOf(PlanView plan, long volunteerId) {
        return plan.rounds().stream()
                .filter(r -> r.volunteerId() == volunteerId)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no round of volunteer " + volunteerId));
    }

    static PlanView.RoundView round(PlanView plan, long roundId) {
        return plan.rounds().stream()
                .filter(r -> r.roundId() == roundId)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no round " + roundId));
    }

    /** The round's stops in visiting order. */
    static List<Long> stopIds(PlanView.RoundView round) {
        return round.stops().stream().map(PlanView.StopView::stopId).toList();
    }

    record Senior(long id, String manualCode, String token) {}

    record VolunteerLogin(long id, String username, Actor actor) {}

    record Scenario(CanteenView canteen, Actor manager, Actor staff, List<Senior> seniors, List<Long> orders) {}
}
