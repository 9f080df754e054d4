package cn.xingfu.canteen.delivery;

import cn.xingfu.canteen.delivery.planning.TransportMode;
import cn.xingfu.canteen.menu.DailyMenuView;
import cn.xingfu.canteen.menu.MenuCatalog;
import cn.xingfu.canteen.menu.MenuItemView;
import cn.xingfu.canteen.ordering.OrderPlacement;
import cn.xingfu.canteen.ordering.OrderProgress;
import cn.xingfu.canteen.ordering.OrderStatus;
import cn.xingfu.canteen.ordering.PaymentMethod;
import cn.xingfu.canteen.ordering.PlaceOrder;
import cn.xingfu.canteen.ordering.PlacedOrder;
import cn.xingfu.canteen.senior.DeliveryContact;
import cn.xingfu.canteen.senior.SeniorDirectory;
import cn.xingfu.canteen.shared.Channel;
import cn.xingfu.canteen.shared.MealPeriod;
import cn.xingfu.canteen.shared.security.Actor;
import cn.xingfu.canteen.shared.security.Role;
import cn.xingfu.canteen.site.CanteenDirectory;
import cn.xingfu.canteen.site.CanteenView;
import cn.xingfu.canteen.site.MealWindow;
import cn.xingfu.kernel.DomainException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo volunteers for every canteen (canteen n: login volunteerNN / volunteer123 and two more without a login, on
 * duty for lunch and dinner every day) and, at canteen 1, delivery orders for the next meal whose delivery cut-off
 * has not passed (today if possible), already cooked, with the round planned, so the phone page has a route.
 */
@Component
@Profile("demo")
@Order(90)
class DeliveryDemoData implements ApplicationRunner {

    static final String PASSWORD = "volunteer123";
    private static final Logger log = LoggerFactory.getLogger(DeliveryDemoData.class);
    private static final Actor SEEDER = new Actor(0, "demo-seed", Role.DISTRICT_ADMIN, null);
    private static final String[][] PEOPLE = {{"陈志刚", "E_BIKE", "8"}, {"刘小燕", "ON_FOOT", "5"}, {"黄海涛", "E_BIKE", "10"}};

    private final Volunteers volunteers;
    private final VolunteerRegistry registry;
    private final CanteenDirectory canteens;
    private final SeniorDirectory seniors;
    private final MenuCatalog menus;
    private final OrderPlacement placement;
    private final OrderProgress progress;
    private final RoundPlanning planning;
    private final Clock clock;

    DeliveryDemoData(
            Volunteers volunteers,
            VolunteerRegistry registry,
            CanteenDirectory canteens,
            SeniorDirectory seniors,
            MenuCatalog menus,
            OrderPlacement placement,
            OrderProgress progress,
            RoundPlanning planning,
            Clock clock) {
        this.volunteers = volunteers;
        this.registry = registry;
        this.canteens = canteens;
        this.seniors = seniors;
        this.menus = menus;
        this.placement = placement;
        this.progress = progress;
        this.planning = planning;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (volunteers.count() > 0) {
            return;
        }
        List<CanteenView> all = canteens.all().stream()
                .sorted(Comparator.comparingLong(CanteenView::id))
                .toList();
        List<VolunteerView.ShiftView> everyDay = new ArrayList<>();
        for (int day = 1; day <= 7; day++) {
            everyDay.add(new VolunteerView.ShiftView(day, MealPeriod.LUNCH));
            everyDay.add(new VolunteerView.ShiftView(day, MealPeriod.DINNER));
        }
        for (int i = 0; i < all.size(); i++) {
            CanteenView canteen = all.get(i);
            for (int p = 0; p < PEOPLE.length; p++) {
                VolunteerView v = registry.register(
                        canteen.id(),
                        new NewVolunteer(
                                PEOPLE[p][0],
                                String.format("1390236%04d", i * 10 + p),
                                EnumSet.of(MealPeriod.LUNCH, MealPeriod.DINNER),
                                Integer.parseInt(PEOPLE[p][2]),
                                TransportMode.valueOf(PEOPLE[p][1]),
                                false),
                        SEEDER);
                registry.schedule(v.id(), everyDay, SEEDER);
                if (p == 0) {
                    registry.createLogin(v.id(), String.format("volunteer%02d", i + 1), PASSWORD, SEEDER);
                }
            }
        }
        log.info("Demo volunteers: volunteerNN/{} for {} canteens", PASSWORD, all.size());
        if (!all.isEmpty()) {
            seedOrders(all.get(0));
        }
    }

    private void seedOrders(CanteenView canteen) {
        Optional<Meal> meal = nextMeal(canteen);
        if (meal.isEmpty()) {
            log.info("Demo delivery orders skipped: no meal with an open delivery cut-off and a published menu");
            return;
        }
        LocalDate date = meal.get().date();
        MealPeriod period = meal.get().period();
        List<MenuItemView> dishes = meal.get().menu().items().stream()
                .filter(item -> item.portionsLeft() > 10)
                .toList();
        int placed = 0;
        for (long seniorId : seniors.activeSeniorIds(canteen.id())) {
            if (placed >= 8) {
                break;
            }
            DeliveryContact contact = seniors.deliveryContact(seniorId);
            if (contact.latitude() == null || contact.longitude() == null) {
                continue;
            }
            try {
                List<PlaceOrder.Item> items = List.of(
                        new PlaceOrder.Item(dishes.get(placed % dishes.size()).menuItemId(), 1),
                        new PlaceOrder.Item(
                                dishes.get((placed + 1) % dishes.size()).menuItemId(), 1));
                PlacedOrder order = placement.place(
                        new PlaceOrder(
                                null,
                                null,
                                seniorId,
                                canteen.id(),
                                Channel.DELIVERY,
                                PaymentMethod.CASH,
                                items,
                                true,
                                date,
                                period,
                                null),
                        "demo-delivery-" + seniorId + "-" + date,
                        SEEDER);
                // cooked and waiting at the pass, so the volunteer can pick the round up at once
                long orderId = order.order().orderId();
                progress.confirmCash(orderId, SEEDER);
                progress.advance(orderId, OrderStatus.PREPARING, null, SEEDER);
                progress.advance(orderId, OrderStatus.READY, null, SEEDER);
            } catch (DomainException expected) {
                // not delivery-eligible, dietary clash or a rule refused it: try the next senior
                continue;
            }
            placed++;
        }
        log.info("Demo delivery orders: {} for canteen {} {} {}", placed, canteen.id(), date, period);
        if (placed > 0) {
            planning.start(canteen.id(), date, period);
        }
    }

    private Optional<Meal> nextMeal(CanteenView canteen) {
        LocalDateTime now = LocalDateTime.now(clock.withZone(RoundPlanning.BEIJING));
        for (int dayOffset = 0; dayOffset <= 1; dayOffset++) {
            LocalDate date = now.toLocalDate().plusDays(dayOffset);
            for (MealWindow window : canteen.meals().stream()
                    .sorted(Comparator.comparing(MealWindow::serveFrom))
                    .toList()) {
                if (!Set.of(MealPeriod.LUNCH, MealPeriod.DINNER).contains(window.period())) {
                    continue;
                }
                if (!LocalDateTime.of(date, window.deliveryCutoff()).isAfter(now.plusMinutes(1))) {
                    continue;
                }
                DailyMenuView menu = menus.menu(canteen.id(), date, window.period());
                if (menu.published() && menu.items().size() >= 2) {
                    return Optional.of(new Meal(date, window.period(), menu));
                }
            }
        }
        return Optional.empty();
    }

    private record Meal(LocalDate date, MealPeriod period, DailyMenuView menu) {}
}
