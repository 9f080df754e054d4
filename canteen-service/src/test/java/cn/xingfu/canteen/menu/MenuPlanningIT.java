package cn.xingfu.canteen.menu;

import static cn.xingfu.canteen.menu.MenuFixtures.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.xingfu.canteen.menu.MenuChangeEntry.Action;
import cn.xingfu.canteen.shared.MealPeriod;
import cn.xingfu.canteen.site.CanteenDirectory;
import cn.xingfu.canteen.site.SiteFixtures;
import cn.xingfu.kernel.DomainException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
@AutoConfigureMockMvc
class MenuPlanningIT {

    @Autowired
    MenuPlanning planning;

    @Autowired
    MenuCatalog catalog;

    @Autowired
    Portions portions;

    @Autowired
    CanteenDirectory canteens;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    Clock clock;

    @Test
    void aWeekIsPublishedInOneActionAndOnlyThenSeenByKiosks() {
        long canteen = SiteFixtures.aCanteen(canteens).id();
        LocalDate monday = nextMonday();
        DishView dish = MenuFixtures.aDish(planning, "9.00");
        put(canteen, monday, MealPeriod.LUNCH, dish.id(), 40, null);
        put(canteen, monday.plusDays(2), MealPeriod.DINNER, dish.id(), 30, null);
        planning.putItem(
                canteen,
                new MenuPlanning.ItemRequest(monday.plusDays(6), MealPeriod.LUNCH, dish.id(), 10, null),
                ADMIN);
        assertThat(catalog.menu(canteen, monday, MealPeriod.LUNCH).items()).isEmpty();

        MenuPlanning.PublishResult result = planning.publishWeek(canteen, monday, ADMIN);

        assertThat(result.published()).isEqualTo(3);
        DailyMenuView lunch = catalog.menu(canteen, monday, MealPeriod.LUNCH);
        assertThat(lunch.published()).isTrue();
        assertThat(lunch.items()).singleElement().satisfies(i -> {
            assertThat(i.price()).isEqualByComparingTo("9.00");
            assertThat(i.portionsLeft()).isEqualTo(40);
        });
        assertThat(planning.publishWeek(canteen, monday, ADMIN)).isEqualTo(new MenuPlanning.PublishResult(0, 3, 0));
    }

    @Test
    void publishingNeedsAMondayAndSomethingToPublish() {
        long canteen = SiteFixtures.aCanteen(canteens).id();
        assertCode(() -> planning.publishWeek(canteen, nextMonday().plusDays(1), ADMIN), "INVALID_WEEK_START");
        assertCode(() -> planning.publishWeek(canteen, nextMonday(), ADMIN), "NOTHING_TO_PUBLISH");
        assertCode(() -> planning.publishWeek(canteen, nextMonday().minusWeeks(3), ADMIN), "MENU_IN_PAST");
    }

    @Test
    void everyChangeToAPublishedMenuIsLoggedButDraftChangesAreNot() {
        LocalDate date = LocalDate.now(clock).plusDays(1);
        MenuItemView item = MenuFixtures.aPublishedItem(canteens, planning, date, 50);
        long canteen = item.canteenId();
        DishView soup = MenuFixtures.aDish(planning, "3.00");

        put(canteen, date, MealPeriod.LUNCH, item.dishId(), 60, null);
        put(canteen, date, MealPeriod.LUNCH, item.dishId(), 60, new BigDecimal("11.00"));
        put(canteen, date, MealPeriod.LUNCH, soup.id(), 20, null);
        portions.soldOut(item.menuItemId(), ADMIN);
        planning.removeItem(item.menuItemId(), ADMIN);
        put(canteen, date, MealPeriod.DINNER, soup.id(), 20, null);

        var log = planning.changes(canteen, date, date);
        assertThat(log)
                .extracting(MenuChangeEntry::action)
                .containsExactly(
                        Action.PORTIONS_CHANGED,
                        Action.PRICE_CHANGED,
                        Action.ITEM_ADDED,
                        Action.SOLD_OUT,
                        Action.ITEM_REMOVED);
        assertThat(log.get(0).before()).isEqualTo("50/50");
        assertThat(log.get(0).after()).isEqualTo("60/60");
        assertThat(log.get(1).before()).isEqualTo("12.50");
        assertThat(log.get(1).after()).isEqualTo("11.00");
        assertThat(log).allSatisfy(e -> assertThat(e.changedBy()).isEqualTo("admin-test"));
        assertThat(catalog.menu(canteen, date, MealPeriod.LUNCH).items())
                .extracting(MenuItemView::dishId)
                .containsExactly(soup.id());
        assertCode(() -> catalog.item(item.menuItemId()), "MENU_ITEM_NOT_FOUND");
    }

    @Test
    void cachedMenusShowChangesAtOnceAndPortionsAreAlwaysFresh() {
        LocalDate date = LocalDate.now(clock);
        MenuItemView item = MenuFixtures.aPublishedItem(canteens, planning, date, 10);
        assertThat(catalog.menu(item.canteenId(), date, MealPeriod.LUNCH).items())
                .hasSize(1);

        tx.execute(s -> portions.take(item.menuItemId(), 3));
        put(item.canteenId(), date, MealPeriod.LUNCH, item.dishId(), 10, new BigDecimal("8.80"));

        MenuItemView now =
                catalog.menu(item.canteenId(), date, MealPeriod.LUNCH).items().get(0);
        assertThat(now.portionsLeft()).isEqualTo(7);
        assertThat(now.price()).isEqualByComparingTo("8.80");
        assertThat(catalog.item(item.menuItemId()).portionsLeft()).isEqualTo(7);
    }

    @Test
    void aWeekIsCopiedAsDraftsAndNeverOverAnExistingWeek() {
        long canteen = SiteFixtures.aCanteen(canteens).id();
        LocalDate from = nextMonday();
        LocalDate to = from.plusWeeks(1);
        DishView dish = MenuFixtures.aDish(planning, "6.00");
        DishView other = MenuFixtures.aDish(planning, "4.00");
        put(canteen, from, MealPeriod.LUNCH, dish.id(), 40, new BigDecimal("5.50"));
        put(canteen, from, MealPeriod.LUNCH, other.id(), 25, null);
        put(canteen, from.plusDays(4), MealPeriod.BREAKFAST, other.id(), 15, null);
        planning.publishWeek(canteen, from, ADMIN);

        MenuPlanning.CopyResult copied = planning.copyWeek(canteen, from, to, ADMIN);

        assertThat(copied).isEqualTo(new MenuPlanning.CopyResult(2, 3));
        DailyMenuView lunch = planning.planned(canteen, to, MealPeriod.LUNCH);
        assertThat(lunch.published()).isFalse();
        assertThat(lunch.items())
                .extracting(MenuItemView::dishId, i -> i.price().toPlainString(), MenuItemView::portionsTotal)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(dish.id(), "5.50", 40),
                        org.assertj.core.groups.Tuple.tuple(other.id(), "4.00", 25));
        assertThat(planning.planned(canteen, to.plusDays(4), MealPeriod.BREAKFAST)
                        .items())
                .hasSize(1);
        assertThat(catalog.menu(canteen, to, MealPeriod.LUNCH).items()).isEmpty();

        int before = count();
        assertCode(() -> planning.copyWeek(canteen, from, to, ADMIN), "TARGET_WEEK_NOT_EMPTY");
        assertThat(count()).isEqualTo(before);
        assertCode(() -> planning.copyWeek(canteen, to.plusWeeks(5), to.plusWeeks(6), ADMIN), "NOTHING_TO_COPY");
    }

    @Test
    void pastMenusCanBeNeitherCreatedNorChanged() {
        LocalDate yesterday = LocalDate.now(clock).minusDays(1);
        long canteen = SiteFixtures.aCanteen(canteens).id();
        DishView dish = MenuFixtures.aDish(planning, "6.00");
        int before = count();

        assertCode(() -> put(canteen, yesterday, MealPeriod.LUNCH, dish.id(), 10, null), "MENU_IN_PAST");

        assertThat(count()).isEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM daily_menu WHERE canteen_id = ?", Integer.class, canteen))
                .isZero();
    }

    @Test
    void dishesAreValidatedAndNamesAreUnique() {
        DishView dish = MenuFixtures.aDish(planning, "6.00");
        assertCode(
                () -> planning.createDish(new DishDraft(
                        dish.name(), "x", BigDecimal.ONE, "汤", java.util.Set.of(), java.util.Set.of(), dish.texture())),
                "DISH_NAME_TAKEN");
        assertCode(
                () -> planning.createDish(new DishDraft(
                        "负价" + dish.id(),
                        "x",
                        new BigDecimal("-1"),
                        "汤",
                        java.util.Set.of(),
                        java.util.Set.of(),
                        dish.texture())),
                "INVALID_PRICE");
        assertCode(
                () -> planning.createDish(new DishDraft(
                        "三位小数" + dish.id(),
                        "x",
                        new BigDecimal("1.005"),
                        "汤",
                        java.util.Set.of(),
                        java.util.Set.of(),
                        dish.texture())),
                "INVALID_PRICE");
        planning.deactivateDish(dish.id());
        long canteen = SiteFixtures.aCanteen(canteens).id();
        assertCode(() -> put(canteen, LocalDate.now(clock), MealPeriod.LUNCH, dish.id(), 5, null), "DISH_INACTIVE");
    }

    private void put(long canteen, LocalDate date, MealPeriod period, long dish, int n, BigDecimal price) {
        planning.putItem(canteen, new MenuPlanning.ItemRequest(date, period, dish, n, price), ADMIN);
    }

    private int count() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM menu_item", Integer.class);
    }

    private LocalDate nextMonday() {
        return LocalDate.now(clock).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    }

    private static void assertCode(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String code) {
        assertThatThrownBy(call).isInstanceOf(DomainException.class).hasFieldOrPropertyWithValue("code", code);
    }
}
