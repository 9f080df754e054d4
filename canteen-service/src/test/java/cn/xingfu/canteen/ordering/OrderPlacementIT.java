package cn.xingfu.canteen.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.xingfu.canteen.menu.MenuCatalog;
import cn.xingfu.canteen.menu.MenuItemView;
import cn.xingfu.canteen.senior.ConsentRecord;
import cn.xingfu.canteen.senior.ConsentScope;
import cn.xingfu.canteen.senior.Consents;
import cn.xingfu.canteen.senior.DietaryNeeds;
import cn.xingfu.canteen.senior.EligibilityStatus;
import cn.xingfu.canteen.senior.SeniorFixtures;
import cn.xingfu.canteen.senior.StatusPeriod;
import cn.xingfu.canteen.shared.Channel;
import cn.xingfu.canteen.shared.food.Allergen;
import cn.xingfu.canteen.shared.food.DietaryTag;
import cn.xingfu.canteen.shared.food.Texture;
import cn.xingfu.canteen.support.TestClock;
import cn.xingfu.canteen.wallet.Wallets;
import cn.xingfu.kernel.DomainException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OrderPlacementIT {

    @Autowired
    OrderingScenario scenario;

    @Autowired
    OrderPlacement placement;

    @Autowired
    OrderProgress progress;

    @Autowired
    Wallets wallets;

    @Autowired
    MenuCatalog menus;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestClock clock;

    @Autowired
    Consents consents;

    OrderingScenario.World world;

    @BeforeEach
    void newWorld() {
        world = scenario.newWorld();
    }

    @AfterEach
    void releaseClock() {
        clock.reset();
    }

    private static PlaceOrder staffOrder(
            long seniorId, Channel channel, PaymentMethod payment, MenuItemView... dishes) {
        List<PlaceOrder.Item> items = new ArrayList<>();
        for (MenuItemView dish : dishes) {
            items.add(new PlaceOrder.Item(dish.menuItemId(), 1));
        }
        return new PlaceOrder(null, null, seniorId, null, channel, payment, items, false, null, null, null);
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }

    @Test
    void placesASubsidisedDineInOrderAndRecordsTheMoney() {
        MenuItemView pork = world.lunchDish("回锅肉", "12.00", 20);
        long senior = world.senior(85, "50.00");

        PlacedOrder placed =
                placement.place(staffOrder(senior, Channel.DINE_IN, PaymentMethod.WALLET, pork), key(), world.manager);

        OrderView order = placed.order();
        assertThat(placed.created()).isTrue();
        assertThat(order.orderNumber()).isEqualTo("A001");
        assertThat(order.status()).isEqualTo(OrderStatus.PLACED);
        assertThat(order.gross()).isEqualByComparingTo("12.00");
        assertThat(order.subsidy()).isEqualByComparingTo("3.00");
        assertThat(order.selfPay()).isEqualByComparingTo("9.00");
        assertThat(order.policyVersion()).isNotBlank();
        assertThat(order.tierCode()).isNotBlank();
        assertThat(order.paymentStatus()).isEqualTo(PaymentStatus.PAID);
        assertThat(order.verification()).isEqualTo(VerificationMethod.STAFF_CHECK);
        assertThat(wallets.balanceOf(senior)).isEqualByComparingTo("41.00");
        assertThat(menus.item(pork.menuItemId()).portionsLeft()).isEqualTo(19);
    }

    @Test
    void aSecondMealInTheSamePeriodPaysTheFullPrice() {
        MenuItemView pork = world.lunchDish("回锅肉", "12.00", 20);
        MenuItemView soup = world.lunchDish("紫菜蛋花汤", "6.00", 20);
        long senior = world.senior(85, "50.00");

        placement.place(staffOrder(senior, Channel.DINE_IN, PaymentMethod.WALLET, pork), key(), world.manager);
        OrderView second = placement
                .place(staffOrder(senior, Channel.TAKEAWAY, PaymentMethod.WALLET, soup), key(), world.manager)
                .order();

        assertThat(second.subsidy()).isEqualByComparingTo("0.00");
        assertThat(second.selfPay()).isEqualByComparingTo("6.00");
        assertThat(second.subsidyReason()).isEqualTo("PERIOD_ALREADY_SUBSIDISED");
        assertThat(second.orderNumber()).isEqualTo("T002");
    }

    @Test
    void cancellingRefundsTheWalletReturnsPortionsAndFreesTheSubsidy() {
        MenuItemView pork = world.lunchDish("回锅肉", "12.00", 5);
        long senior = world.senior(85, "50.00");
        OrderView order = placement
                .place(staffOrder(senior, Channel.DINE_IN, PaymentMethod.WALLET, pork), key(), world.manager)
                .order();

        OrderView cancelled = progress.cancel(order.orderId(), "changed mind", world.manager);

        assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(cancelled.paymentStatus()).isEqualTo(PaymentStatus.REFUNDED);
        assertThat(wallets.balanceOf(senior)).isEqualByComparingTo("50.00");
        assertThat(menus.item(pork.menuItemId()).portionsLeft()).isEqualTo(5);
        OrderView again = placement
                .place(staffOrder(senior, Channel.DINE_IN, PaymentMethod.WALLET, pork), key(), world.manager)
                .order();
        assertThat(again.subsidy()).isEqualByComparingTo("3.00");
    }

    @Test
    void theSubsidyUsageCountersAgreeWithTheOrders() throws Exception {
        MenuItemView pork = world.lunchDish("回锅肉", "12.00", 100);
        MenuItemView soup = world.lunchDish("紫菜蛋花汤", "6.00", 100);
        List<Long> seniors =
                List.of(world.senior(85, "100.00"), world.senior(72, "100.00"), world.senior(90, "100.00"));
        // the seniors order at the same time, each senior's three orders one after the other
        ExecutorService pool = Executors.newFixedThreadPool(seniors.size());
        List<Future<List<PlacedOrder>>> running = new ArrayList<>();
        for (long senior : seniors) {
            running.add(pool.submit(() -> {
                List<PlacedOrder> placed = new ArrayList<>();
                for (MenuItemView dish : List.of(pork, soup, pork)) {
                    placed.add(placement.place(
                            staffOrder(senior, Channel.TAKEAWAY, PaymentMethod.WALLET, dish), key(), world.manager));
                }
                return placed;
            }));
        }
        List<PlacedOrder> placed = new ArrayList<>();
        for (Future<List<PlacedOrder>> f : running) {
            placed.addAll(f.get(2, TimeUnit.MINUTES));
        }
        pool.shutdown();
        OrderView subsidised = placed.stream()
                .map(PlacedOrder::order)
                .filter(o -> o.seniorId() == seniors.get(0) && o.subsidy().signum() > 0)
                .findFirst()
                .orElseThrow();
        progress.cancel(subsidised.orderId(), "wrong dish", world.manager);
        OrderView again = placement
                .place(staffOrder(seniors.get(0), Channel.DINE_IN, PaymentMethod.WALLET, soup), key(), world.manager)
                .order();

        assertThat(again.subsidy()).isEqualByComparingTo("3.00");
        for (long senior : seniors) {
            assertThat(usageRows(
                            "select service_date, meal_period, meals from subsidy_usage where senior_id = ? and meals > 0",
                            senior))
                    .isEqualTo(usageRows(
                            "select service_date, meal_period, count(*) from meal_order where senior_id = ?"
                                    + " and subsidy > 0 and status <> 'CANCELLED' group by service_date, meal_period",
                            senior))
                    .hasSize(1);
        }
    }

    @Test
    void aCashOrderWaitsForTheCounterBeforeHandOver() {
        MenuItemView pork = world.lunchDish("回锅肉", "12.00", 5);
        long senior = world.senior(70, "0");
        OrderView order = placement
                .place(staffOrder(senior, Channel.TAKEAWAY, PaymentMethod.CASH, pork), key(), world.manager)
                .order();
        assertThat(order.paymentStatus()).isEqualTo(PaymentStatus.AWAITING_CASH);
        progress.advance(order.orderId(), OrderStatus.PREPARING, null, world.manager);
        progress.advance(order.orderId(), OrderStatus.READY, null, world.manager);

        assertThatThrownBy(() -> progress.advance(order.orderId(), OrderStatus.PICKED_UP, null, world.manager))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("PAYMENT_PENDING");
        progress.confirmCash(order.orderId(), world.manager);
        OrderView done = progress.advance(order.orderId(), OrderStatus.PICKED_UP, null, world.manager);

        assertThat(done.status()).isEqualTo(OrderStatus.PICKED_UP);
        assertThat(done.version()).isEqualTo(5);
        assertThat(jdbc.queryForObject(
                        "select count(*) from order_status_change where order_id = ?", Integer.class, order.orderId()))
                .isEqualTo(4);
    }

    @Test
    void anAllergenConflictBlocksUnlessStaffConfirm() {
        MenuItemView peanuts = world.dish("宫保鸡丁", "12.00", 5, Set.of(Allergen.PEANUT), Texture.NORMAL);
        long senior = world.senior(
                DAY_MINUS_YEARS(75),
                "50.00",
                List.of(),
                new DietaryNeeds(Set.of(DietaryTag.LOW_SALT), Set.of(Allergen.PEANUT), Texture.NORMAL));

        assertThatThrownBy(() -> placement.place(
                        staffOrder(senior, Channel.DINE_IN, PaymentMethod.WALLET, peanuts), key(), world.manager))
                .hasMessageContaining("ALLERGEN_CONFIRMATION_REQUIRED");
        assertThat(menus.item(peanuts.menuItemId()).portionsLeft()).isEqualTo(5);
        assertThat(wallets.balanceOf(senior)).isEqualByComparingTo("50.00");

        PlaceOrder confirmed = new PlaceOrder(
                null,
                null,
                senior,
                null,
                Channel.DINE_IN,
                PaymentMethod.WALLET,
                List.of(new PlaceOrder.Item(peanuts.menuItemId(), 1)),
                true,
                null,
                null,
                null);
        PlacedOrder placed = placement.place(confirmed, key(), world.manager);
        assertThat(placed.warnings()).extracting(DietaryWarning::code).contains("ALLERGEN_CONFLICT", "NOT_LOW_SALT");
        assertThat(placed.order().dietaryFlags()).contains("LOW_SALT", "ALLERGY:PEANUT");
    }

    @Test
    void withoutAnyConsentRecordNeitherAllergyNorStatusNorAddressIsUsedUntilTheConsentIsGiven() {
        MenuItemView peanuts = world.dish("宫保鸡丁", "12.00", 5, Set.of(Allergen.PEANUT), Texture.NORMAL);
        long senior = world.senior(
                DAY_MINUS_YEARS(78),
                "50.00",
                List.of(new StatusPeriod(EligibilityStatus.DISABLED, "区民政局", OrderingScenario.DAY.minusYears(1), null)),
                new DietaryNeeds(Set.of(), Set.of(Allergen.PEANUT), Texture.NORMAL));
        SeniorFixtures.forgetConsents(jdbc, senior);

        OrderView unflagged = placement
                .place(staffOrder(senior, Channel.DINE_IN, PaymentMethod.WALLET, peanuts), key(), world.manager)
                .order();
        assertThat(unflagged.tierCode()).isEqualTo("AGE_60");
        assertThat(unflagged.subsidy()).isEqualByComparingTo("2.00");
        assertThat(unflagged.dietaryFlags()).isEmpty();
        assertThatThrownBy(() -> placement.place(
                        staffOrder(senior, Channel.DELIVERY, PaymentMethod.WALLET, peanuts), key(), world.manager))
                .hasMessageContaining("CONSENT_REQUIRED");

        for (ConsentScope scope : ConsentScope.values()) {
            consents.give(senior, scope, "本人", ConsentRecord.Relation.SELF, "2026-01", world.manager);
        }
        assertThatThrownBy(() -> placement.place(
                        staffOrder(senior, Channel.DELIVERY, PaymentMethod.WALLET, peanuts), key(), world.manager))
                .hasMessageContaining("ALLERGEN_CONFIRMATION_REQUIRED");
    }

    @Test
    void deliveryIsOnlyForEligibleSeniors() {
        // delivery orders for lunch close at 10:00; the scenario's clock says 09:00
        MenuItemView pork = world.lunchDish("回锅肉", "12.00", 5);
        long walker = world.senior(70, "50.00");
        long disabled = world.senior(
                DAY_MINUS_YEARS(78),
                "50.00",
                List.of(new StatusPeriod(EligibilityStatus.DISABLED, "区民政局", OrderingScenario.DAY.minusYears(1), null)),
                DietaryNeeds.none());

        assertThatThrownBy(() -> placement.place(
                        staffOrder(walker, Channel.DELIVERY, PaymentMethod.WALLET, pork), key(), world.manager))
                .hasMessageContaining("DELIVERY_NOT_ELIGIBLE");
        OrderView delivery = placement
                .place(staffOrder(disabled, Channel.DELIVERY, PaymentMethod.WALLET, pork), key(), world.manager)
                .order();
        assertThat(delivery.orderNumber()).startsWith("D");
        assertThat(delivery.subsidy()).isEqualByComparingTo("5.00");
    }

    @Test
    void fiftyParallelOrdersForTheLastTenPortionsGiveExactlyTen() throws Exception {
        MenuItemView hot = world.lunchDish("水煮鱼", "15.00", 10);
        List<Long> seniors = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            seniors.add(world.senior(65 + (i % 30), "30.00"));
        }

        List<Callable<PlacedOrder>> calls = new ArrayList<>();
        for (long senior : seniors) {
            calls.add(() -> placement.place(
                    staffOrder(senior, Channel.DINE_IN, PaymentMethod.WALLET, hot), key(), world.manager));
        }
        Outcomes outcomes = runTogether(calls);

        assertThat(outcomes.placed).hasSize(10);
        assertThat(outcomes.refusals).hasSize(40).allMatch(code -> code.equals("SOLD_OUT"));
        assertThat(menus.item(hot.menuItemId()).portionsLeft()).isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from meal_order_line where menu_item_id = ?", Integer.class, hot.menuItemId()))
                .isEqualTo(10);
        BigDecimal charged = jdbc.queryForObject(
                "select coalesce(sum(-amount), 0) from wallet_entry where kind = 'ORDER_PAYMENT' and order_id in "
                        + "(select o.id from meal_order o join meal_order_line l on l.order_id = o.id where l.menu_item_id = ?)",
                BigDecimal.class,
                hot.menuItemId());
        BigDecimal selfPaid =
                outcomes.placed.stream().map(p -> p.order().selfPay()).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(charged).isEqualByComparingTo(selfPaid);
    }

    @Test
    void twentyParallelRetriesOfOneKeyGiveOneOrderAndOneCharge() throws Exception {
        MenuItemView pork = world.lunchDish("回锅肉", "12.00", 50);
        long senior = world.senior(85, "50.00");
        String key = key();
        PlaceOrder request = staffOrder(senior, Channel.DINE_IN, PaymentMethod.WALLET, pork);

        List<Callable<PlacedOrder>> calls = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            calls.add(() -> placement.place(request, key, world.manager));
        }
        Outcomes outcomes = runTogether(calls);

        assertThat(outcomes.refusals).isEmpty();
        assertThat(outcomes.placed).hasSize(20);
        assertThat(outcomes.placed.stream().map(p -> p.order().orderId()).distinct())
                .hasSize(1);
        assertThat(outcomes.placed.stream().filter(PlacedOrder::created)).hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from meal_order where senior_id = ?", Integer.class, senior))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from wallet_entry where senior_id = ? and kind = 'ORDER_PAYMENT'",
                        Integer.class,
                        senior))
                .isEqualTo(1);
        assertThat(wallets.balanceOf(senior)).isEqualByComparingTo("41.00");
        assertThat(menus.item(pork.menuItemId()).portionsLeft()).isEqualTo(49);
    }

    @Test
    void reusingAKeyForADifferentOrderIsRefused() {
        MenuItemView pork = world.lunchDish("回锅肉", "12.00", 50);
        MenuItemView soup = world.lunchDish("紫菜蛋花汤", "6.00", 50);
        long senior = world.senior(85, "50.00");
        String key = key();
        placement.place(staffOrder(senior, Channel.DINE_IN, PaymentMethod.WALLET, pork), key, world.manager);

        assertThatThrownBy(() -> placement.place(
                        staffOrder(senior, Channel.DINE_IN, PaymentMethod.WALLET, soup), key, world.manager))
                .hasMessageContaining("IDEMPOTENCY_KEY_REUSED");
        assertThat(menus.item(soup.menuItemId()).portionsLeft()).isEqualTo(50);
    }

    @Test
    void theWalletNeverGoesNegativeUnderConcurrentOrders() throws Exception {
        List<MenuItemView> dishes = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            dishes.add(world.lunchDish("菜" + i, "10.00", 10));
        }
        long senior = world.senior(70, "25.00");

        List<Callable<PlacedOrder>> calls = new ArrayList<>();
        for (MenuItemView dish : dishes) {
            calls.add(() -> placement.place(
                    staffOrder(senior, Channel.TAKEAWAY, PaymentMethod.WALLET, dish), key(), world.manager));
        }
        Outcomes outcomes = runTogether(calls);

        // 25 元: the first meal is subsidised (2 元 at 70), then full price: 8 + 10 = 18, a third would need 10
        assertThat(outcomes.placed).hasSize(2);
        assertThat(outcomes.refusals).hasSize(6).allMatch(code -> code.equals("WALLET_INSUFFICIENT"));
        BigDecimal balance = wallets.balanceOf(senior);
        assertThat(balance).isEqualByComparingTo("7.00");
        BigDecimal ledger = jdbc.queryForObject(
                "select sum(amount) from wallet_entry where senior_id = ?", BigDecimal.class, senior);
        assertThat(ledger).isEqualByComparingTo(balance);
        assertThat(jdbc.queryForObject(
                        "select min(balance_after) from wallet_entry where senior_id = ?", BigDecimal.class, senior))
                .isNotNegative();
    }

    private List<String> usageRows(String sql, long senior) {
        return jdbc.query(sql, (rs, n) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getLong(3), senior);
    }

    private static java.time.LocalDate DAY_MINUS_YEARS(int years) {
        return OrderingScenario.DAY.minusYears(years).minusDays(3);
    }

    private record Outcomes(List<PlacedOrder> placed, List<String> refusals) {}

    private static Outcomes runTogether(List<Callable<PlacedOrder>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<PlacedOrder>> futures = new ArrayList<>();
            for (Callable<PlacedOrder> call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<PlacedOrder> placed = new ArrayList<>();
            List<String> refusals = new ArrayList<>();
            for (Future<PlacedOrder> future : futures) {
                try {
                    placed.add(future.get(60, TimeUnit.SECONDS));
                } catch (java.util.concurrent.ExecutionException e) {
                    if (e.getCause() instanceof DomainException refused) {
                        refusals.add(refused.code());
                    } else {
                        throw e;
                    }
                }
            }
            return new Outcomes(placed, refusals);
        } finally {
            pool.shutdownNow();
        }
    }
}
