package cn.xingfu.canteen.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.xingfu.canteen.card.CardManagement;
import cn.xingfu.canteen.card.CardView;
import cn.xingfu.canteen.menu.DishDraft;
import cn.xingfu.canteen.menu.MenuItemView;
import cn.xingfu.canteen.menu.MenuPlanning;
import cn.xingfu.canteen.senior.DietaryNeeds;
import cn.xingfu.canteen.shared.Channel;
import cn.xingfu.canteen.shared.MealPeriod;
import cn.xingfu.canteen.shared.food.DietaryTag;
import cn.xingfu.canteen.shared.food.Texture;
import cn.xingfu.canteen.support.Http;
import cn.xingfu.canteen.support.TestClock;
import cn.xingfu.kernel.DomainException;
import cn.xingfu.kernel.Ids;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Orders at the edges of the clock, with the application's clock pinned: the exact cut-off instant, the Beijing
 * midnight (which is 16:00 UTC, so the UTC date is still yesterday's), and a senior's 80th birthday, from which day
 * the higher age tier applies (DOMAIN.md: age is computed on the service date, a birthday moves the senior into the
 * new tier from that day). Cut-offs are inclusive: "until 12:30" takes an order at 12:30:00.000, not a millisecond later.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ClockEdgesIT {

    private static final LocalDate DAY = OrderingScenario.DAY;

    @LocalServerPort
    int port;

    @Autowired
    OrderingScenario scenario;

    @Autowired
    OrderPlacement placement;

    @Autowired
    MenuPlanning menus;

    @Autowired
    CardManagement cards;

    @Autowired
    TestClock clock;

    OrderingScenario.World world;
    MenuItemView lunch;

    @BeforeEach
    void setUp() {
        world = scenario.newWorld();
        lunch = world.lunchDish("回锅肉", "12.00", 50);
    }

    @AfterEach
    void releaseClock() {
        clock.reset();
    }

    private void at(LocalDate date, LocalTime time) {
        clock.pin(date.atTime(time).atZone(OrderingScenario.CHINA).toInstant());
    }

    private PlaceOrder dineIn(long senior, MenuItemView dish) {
        return new PlaceOrder(
                null,
                null,
                senior,
                null,
                Channel.DINE_IN,
                PaymentMethod.WALLET,
                List.of(new PlaceOrder.Item(dish.menuItemId(), 1)),
                false,
                null,
                null,
                null);
    }

    private PlacedOrder place(long senior, MenuItemView dish) {
        return placement.place(dineIn(senior, dish), UUID.randomUUID().toString(), world.manager);
    }

    /** A lunch dish on another day of the scenario's week, planned while that day is still ahead. */
    private MenuItemView lunchOn(LocalDate date) {
        Instant before = clock.instant();
        at(DAY.minusDays(1), LocalTime.of(8, 0));
        String name = "豆花饭-" + Ids.next();
        var dish = menus.createDish(new DishDraft(
                name, name + " (en)", new BigDecimal("10.00"), "素菜", Set.of(), Set.<DietaryTag>of(), Texture.NORMAL));
        MenuItemView item = menus.putItem(
                world.canteen.id(),
                new MenuPlanning.ItemRequest(date, MealPeriod.LUNCH, dish.id(), 20, null),
                world.manager);
        menus.publishWeek(world.canteen.id(), DAY.minusDays(1), world.manager);
        clock.pin(before);
        return item;
    }

    @Test
    void theCutOffInstantItselfStillTakesTheOrderAndOneMillisecondLaterDoesNot() {
        long senior = world.senior(85, "100.00");

        at(DAY, LocalTime.of(12, 29, 59));
        assertThat(place(senior, lunch).created()).isTrue();
        at(DAY, LocalTime.of(12, 30, 0));
        assertThat(place(senior, lunch).created()).isTrue();
        at(DAY, LocalTime.of(12, 30, 0, 1_000_000));
        assertThatThrownBy(() -> place(senior, lunch)).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.code()).isEqualTo("ORDERING_CLOSED");
            assertThat(e.details()).containsEntry("deadline", "2031-03-04T04:30:00Z");
        });
        at(DAY, LocalTime.of(12, 30, 1));
        assertThatThrownBy(() -> place(senior, lunch))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("ORDERING_CLOSED"));
    }

    @Test
    void theKiosksTodayAndTomorrowTurnAtBeijingMidnightNotAtUtcMidnight() {
        MenuItemView dayAfter = lunchOn(DAY.plusDays(1));
        long senior = world.senior(85, "100.00");
        CardView card = cards.issue(senior, Set.of(), world.manager);
        Http http = new Http(port);

        // 23:59:59.999 on the day before: DAY is tomorrow, DAY + 1 is too early for a kiosk
        at(DAY.minusDays(1), LocalTime.of(23, 59, 59, 999_000_000));
        assertThat(kioskOrder(http, card, dayAfter).code()).isEqualTo("ORDER_TOO_EARLY");
        // 00:00:00 in Beijing is 16:00 UTC of the day before; DAY + 1 is now tomorrow
        at(DAY, LocalTime.MIDNIGHT);
        assertThat(clock.instant().atOffset(ZoneOffset.UTC).toLocalDate()).isEqualTo(DAY.minusDays(1));
        Http.Answer tomorrow = kioskOrder(http, card, dayAfter);
        assertThat(tomorrow.status()).as(tomorrow.body()).isEqualTo(201);
        assertThat(tomorrow.json().path("serviceDate").asString())
                .isEqualTo(DAY.plusDays(1).toString());
    }

    @Test
    void yesterdaysMenuClosesAtBeijingMidnight() {
        long senior = world.senior(85, "100.00");
        // the dish is on DAY's menu; at 00:00 Beijing on DAY + 1 (still DAY in UTC) its day is past
        at(DAY.plusDays(1), LocalTime.MIDNIGHT);
        assertThatThrownBy(() -> place(senior, lunch))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("SERVICE_DATE_PAST"));
    }

    @Test
    void theEightiethBirthdayMovesTheSeniorIntoTheHigherTierFromThatDay() {
        LocalDate birthday = DAY.plusDays(1);
        MenuItemView onBirthday = lunchOn(birthday);
        long turnsEighty = world.senior(birthday.minusYears(80), "100.00", List.of(), DietaryNeeds.none());
        long dayLater = world.senior(birthday.minusYears(80).plusDays(1), "100.00", List.of(), DietaryNeeds.none());

        // the day before the birthday, eating that day: still 79 (60+ tier, 2 元)
        at(DAY, LocalTime.of(9, 0));
        Quote before = placement.quote(dineIn(turnsEighty, lunch), world.manager);
        assertThat(before.tierCode()).isEqualTo("AGE_60");
        assertThat(before.subsidy()).isEqualByComparingTo("2.00");
        // the same day, pre-ordering for the birthday itself: age counts on the service date
        Quote preOrdered = placement.quote(dineIn(turnsEighty, onBirthday), world.manager);
        assertThat(preOrdered.tierCode()).isEqualTo("AGE_80");
        assertThat(preOrdered.subsidy()).isEqualByComparingTo("3.00");

        // on the birthday, a minute past Beijing midnight (UTC still the day before)
        at(birthday, LocalTime.of(0, 1));
        PlacedOrder onTheDay = place(turnsEighty, onBirthday);
        assertThat(onTheDay.order().tierCode()).isEqualTo("AGE_80");
        assertThat(onTheDay.order().subsidy()).isEqualByComparingTo("3.00");
        PlacedOrder dayBeforeHisBirthday = place(dayLater, onBirthday);
        assertThat(dayBeforeHisBirthday.order().tierCode()).isEqualTo("AGE_60");
        assertThat(dayBeforeHisBirthday.order().subsidy()).isEqualByComparingTo("2.00");
    }

    private Http.Answer kioskOrder(Http http, CardView card, MenuItemView dish) {
        return http.post(
                "/api/orders",
                world.kiosk.username(),
                OrderingScenario.KIOSK_PASSWORD,
                Map.of(
                        "cardToken",
                        card.token(),
                        "channel",
                        "DINE_IN",
                        "payment",
                        "WALLET",
                        "items",
                        List.of(Map.of("menuItemId", dish.menuItemId(), "quantity", 1))),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
    }
}
