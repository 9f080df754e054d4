package cn.xingfu.canteen.standing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import cn.xingfu.canteen.menu.MenuPlanning;
import cn.xingfu.canteen.ordering.OrderStatus;
import cn.xingfu.canteen.ordering.OrderView;
import cn.xingfu.canteen.ordering.OrderWithdrawal;
import cn.xingfu.canteen.senior.DietaryNeeds;
import cn.xingfu.canteen.senior.Lifecycle;
import cn.xingfu.canteen.senior.SeniorRegistry;
import cn.xingfu.canteen.shared.MealPeriod;
import cn.xingfu.canteen.shared.food.Allergen;
import cn.xingfu.canteen.shared.food.Texture;
import cn.xingfu.canteen.site.ServiceCalendar;
import cn.xingfu.canteen.wallet.Wallets;
import cn.xingfu.kernel.DomainException;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Standing orders against the real database: exactly one order per slot when two generator runs race, failures
 * recorded with their reason and retried until the cut-off, pauses that skip and cancel, closures and make-up
 * days, and a death that cancels and refunds what was already placed.
 */
@SpringBootTest
class StandingOrdersIT {

    private static final LocalDate TUESDAY = StandingWorld.TUESDAY;

    @Autowired
    StandingWorld world;

    @Autowired
    StandingOrderGenerator generator;

    @Autowired
    StandingOrderBook book;

    @Autowired
    OrderWithdrawal orders;

    @Autowired
    Wallets wallets;

    @Autowired
    ServiceCalendar calendar;

    @Autowired
    MenuPlanning menus;

    @Autowired
    SeniorRegistry seniors;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void release() {
        world.release();
    }

    @Test
    void twoConcurrentRunsPlaceExactlyOneOrderPerSlot() throws Exception {
        StandingWorld.Canteen canteen = world.canteen();
        canteen.usualLunch(TUESDAY);
        List<Long> seniorIds = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            long senior = canteen.senior("100.00");
            canteen.weekdayLunch(senior);
            seniorIds.add(senior);
        }
        CountDownLatch start = new CountDownLatch(1);
        CompletableFuture<GenerationReport> first = CompletableFuture.supplyAsync(() -> run(start, canteen.id()));
        CompletableFuture<GenerationReport> second = CompletableFuture.supplyAsync(() -> run(start, canteen.id()));
        start.countDown();
        GenerationReport a = first.get();
        GenerationReport b = second.get();

        assertThat(a.placed() + b.placed()).isEqualTo(12);
        assertThat(a.failed() + b.failed()).isZero();
        assertThat(ordersOf(canteen.id(), TUESDAY)).isEqualTo(12);
        for (long senior : seniorIds) {
            List<OrderView> placed = orders.liveOrders(senior, TUESDAY, TUESDAY);
            assertThat(placed).singleElement().satisfies(order -> {
                assertThat(order.lines()).hasSize(2);
                assertThat(order.gross()).isEqualByComparingTo("14.00");
            });
            assertThat(wallets.balanceOf(senior))
                    .isEqualByComparingTo(
                            new BigDecimal("100.00").subtract(placed.get(0).selfPay()));
        }
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM standing_run WHERE canteen_id = ? AND outcome = 'PLACED'",
                        Integer.class,
                        canteen.id()))
                .isEqualTo(12);

        GenerationReport again = generator.generate(canteen.id(), TUESDAY);
        assertThat(again.placed()).isZero();
        assertThat(again.alreadyPlaced()).isEqualTo(12);
        assertThat(ordersOf(canteen.id(), TUESDAY)).isEqualTo(12);
    }

    @Test
    void aRefusalIsRecordedForStaffAndRetriedUntilTheCutoff() {
        StandingWorld.Canteen canteen = world.canteen();
        canteen.usualLunch(TUESDAY);
        long broke = canteen.senior("0");
        long allergic = canteen.senior("100.00", new DietaryNeeds(Set.of(), Set.of(Allergen.PEANUT), Texture.NORMAL));
        canteen.lunch(TUESDAY, "小吃", "3.00", 10, Set.of(Allergen.PEANUT));
        canteen.weekdayLunch(broke);
        book.book(
                allergic,
                new StandingOrderBook.Booking(
                        MealPeriod.LUNCH,
                        cn.xingfu.canteen.shared.Channel.DINE_IN,
                        cn.xingfu.canteen.ordering.PaymentMethod.WALLET,
                        EnumSet.of(DayOfWeek.TUESDAY),
                        List.of("小吃"),
                        null,
                        null),
                canteen.manager);

        GenerationReport report = generator.generate(canteen.id(), TUESDAY);
        assertThat(report.failed()).isEqualTo(2);
        List<RunView> failures = book.failures(canteen.id(), TUESDAY, canteen.manager);
        assertThat(failures)
                .extracting(RunView::seniorId, RunView::code)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(broke, "WALLET_INSUFFICIENT"),
                        org.assertj.core.groups.Tuple.tuple(allergic, "NO_SUITABLE_DISH"));
        assertThat(failures).allSatisfy(run -> {
            assertThat(run.messageZh()).isNotBlank();
            assertThat(run.messageEn()).isNotBlank();
        });

        // topped up before the cut-off: the next pass places it; after the cut-off nothing is retried
        wallets.topUp(broke, new BigDecimal("50.00"), "topup-" + broke, canteen.manager, "test");
        world.at(TUESDAY, 9, 59);
        assertThat(generator.generate(canteen.id(), TUESDAY).placed()).isEqualTo(1);
        assertThat(orders.liveOrders(broke, TUESDAY, TUESDAY)).hasSize(1);
        world.at(TUESDAY, 11, 31);
        GenerationReport late = generator.generate(canteen.id(), TUESDAY);
        assertThat(late.placed()).isZero();
        RunView stillFailed =
                book.failures(canteen.id(), TUESDAY, canteen.manager).get(0);
        assertThat(stillFailed.seniorId()).isEqualTo(allergic);
        assertThat(stillFailed.code()).isEqualTo("NO_SUITABLE_DISH");
        assertThat(stillFailed.attempts()).isEqualTo(2);
    }

    @Test
    void aPauseSkipsItsDaysAndCancelsWhatWasAlreadyPlaced() {
        StandingWorld.Canteen canteen = world.canteen();
        LocalDate wednesday = TUESDAY.plusDays(1);
        canteen.usualLunch(TUESDAY);
        canteen.usualLunch(wednesday);
        long senior = canteen.senior("100.00");
        canteen.weekdayLunch(senior);
        generator.generate(canteen.id(), TUESDAY);
        assertThat(wallets.balanceOf(senior)).isEqualByComparingTo("88.00");

        PauseOutcome hospital =
                book.pause(senior, TUESDAY, wednesday, PauseReason.HOSPITAL, "江津区中心医院", canteen.manager);
        assertThat(hospital.cancelled())
                .singleElement()
                .satisfies(o -> assertThat(o.status()).isEqualTo(OrderStatus.CANCELLED));
        assertThat(wallets.balanceOf(senior)).isEqualByComparingTo("100.00");
        assertThat(generator.generate(canteen.id(), wednesday).placed()).isZero();
        assertThat(orders.liveOrders(senior, wednesday, wednesday)).isEmpty();

        // back a day early: Wednesday's lunch is generated again
        book.endPause(hospital.pause().pauseId(), TUESDAY, canteen.manager);
        assertThat(generator.generate(canteen.id(), wednesday).placed()).isEqualTo(1);
        assertThat(book.pauses(senior, canteen.manager))
                .singleElement()
                .satisfies(p -> assertThat(p.endsOn()).isEqualTo(TUESDAY));
    }

    @Test
    void closuresHaveNoMenusNorOrdersAndAMakeUpDayServesAsItsWeekday() {
        StandingWorld.Canteen canteen = world.canteen();
        calendar.setOpenDays(canteen.id(), EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), canteen.manager);
        LocalDate saturday = TUESDAY.plusDays(4);
        LocalDate sunday = saturday.plusDays(1);
        calendar.makeUp(canteen.id(), saturday, DayOfWeek.MONDAY, "清明调休", "Qingming make-up day", canteen.manager);
        canteen.usualLunch(TUESDAY);
        canteen.usualLunch(saturday);
        long senior = canteen.senior("100.00");
        canteen.weekdayLunch(senior);

        // Sunday: weekly rest, no menu may be planned
        assertThatThrownBy(() -> canteen.lunch(sunday, "荤菜", "10.00", 10, Set.of()))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("NO_SERVICE_ON_DATE"));
        // the make-up Saturday serves as a Monday: the weekday standing order applies
        assertThat(generator.generate(canteen.id(), saturday).placed()).isEqualTo(1);

        // Tuesday's lunch was generated, then the canteen closes that day: the order is cancelled and refunded
        generator.generate(canteen.id(), TUESDAY);
        assertThat(orders.liveOrders(senior, TUESDAY, TUESDAY)).hasSize(1);
        calendar.close(canteen.id(), TUESDAY, "停水检修", "water supply repairs", canteen.manager);
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() ->
                        assertThat(orders.liveOrders(senior, TUESDAY, TUESDAY)).isEmpty());
        assertThat(wallets.balanceOf(senior)).isEqualByComparingTo("88.00");
        assertThat(generator.generate(canteen.id(), TUESDAY).placed()).isZero();
        assertThat(calendar.notice(canteen.id(), TUESDAY)).satisfies(notice -> {
            assertThat(notice.messageZh()).contains("停水检修").contains("3月5日恢复供餐");
            assertThat(notice.messageEn()).contains("water supply repairs").contains("5 March");
        });
        assertThat(calendar.notice(canteen.id(), sunday).reopensOn()).isEqualTo(sunday.plusDays(1));
        assertThat(calendar.notice(canteen.id(), saturday)).isNull();
    }

    @Test
    void aDeathEndsStandingOrdersAndCancelsAndRefundsFutureOrders() {
        StandingWorld.Canteen canteen = world.canteen();
        LocalDate wednesday = TUESDAY.plusDays(1);
        canteen.usualLunch(TUESDAY);
        canteen.usualLunch(wednesday);
        long senior = canteen.senior("100.00");
        canteen.weekdayLunch(senior);
        generator.generate(canteen.id(), TUESDAY);
        generator.generate(canteen.id(), wednesday);
        assertThat(orders.liveOrders(senior, TUESDAY, null)).hasSize(2);
        assertThat(wallets.balanceOf(senior)).isEqualByComparingTo("76.00");

        seniors.changeLifecycle(senior, Lifecycle.DECEASED, "家属告知 family informed", canteen.manager);

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() ->
                        assertThat(orders.liveOrders(senior, TUESDAY, null)).isEmpty());
        assertThat(wallets.balanceOf(senior)).isEqualByComparingTo("100.00");
        assertThat(book.ofSenior(senior, canteen.manager)).singleElement().satisfies(s -> {
            assertThat(s.active()).isFalse();
            assertThat(s.endedReason()).contains("deceased");
        });
        assertThat(generator.generate(canteen.id(), TUESDAY.plusDays(2)).placed())
                .isZero();
    }

    private GenerationReport run(CountDownLatch start, long canteenId) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return generator.generate(canteenId, TUESDAY);
    }

    private int ordersOf(long canteenId, LocalDate date) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM meal_order WHERE canteen_id = ? AND service_date = ? AND status <> 'CANCELLED'",
                Integer.class,
                canteenId,
                date);
    }
}
