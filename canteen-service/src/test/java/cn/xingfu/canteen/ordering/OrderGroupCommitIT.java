package cn.xingfu.canteen.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.xingfu.canteen.menu.MenuCatalog;
import cn.xingfu.canteen.menu.MenuItemView;
import cn.xingfu.canteen.shared.Channel;
import cn.xingfu.canteen.support.StatementCounter;
import cn.xingfu.canteen.support.TestClock;
import cn.xingfu.canteen.wallet.Wallets;
import cn.xingfu.kernel.DomainException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Orders written as one group ({@link OrderGroupCommit}) get the answers each would get alone: a senior's second meal
 * of the period is not subsidised, a wallet that runs dry refuses only the order it cannot pay, a key used twice in
 * the group gives one order, and a group that would sell a dish out is written again order by order, so the last
 * portion goes to exactly one order. The group is formed on cue with {@link HeldLane}. Same context as
 * {@link OrderStatementsIT}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(StatementCounter.Configuration.class)
class OrderGroupCommitIT {

    @Autowired
    OrderingScenario scenario;

    @Autowired
    OrderPlacement placement;

    @Autowired
    OrderGroupCommit groupCommit;

    @Autowired
    Wallets wallets;

    @Autowired
    MenuCatalog menus;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    TestClock clock;

    @Autowired
    StatementCounter counter;

    OrderingScenario.World world;
    ExecutorService kiosks;

    @BeforeEach
    void newWorld() {
        world = scenario.newWorld();
        kiosks = Executors.newFixedThreadPool(16);
    }

    @AfterEach
    void release() throws InterruptedException {
        kiosks.shutdownNow();
        kiosks.awaitTermination(10, TimeUnit.SECONDS);
        clock.reset();
    }

    @Test
    void eachOrderOfAGroupIsAnsweredAsIfPlacedAlone() throws Exception {
        MenuItemView pork = world.lunchDish("回锅肉", "12.00", 100);
        long held = world.senior(85, "50.00");
        long twice = world.senior(85, "50.00");
        long poor = world.senior(85, "5.00");
        long other = world.senior(75, "50.00");
        String repeatedKey = UUID.randomUUID().toString();

        List<Future<PlacedOrder>> group = new ArrayList<>();
        counter.start();
        try (HeldLane lane = new HeldLane(dataSource, groupCommit, held, () -> order(held, pork, key()))) {
            group.add(kiosks.submit(() -> order(twice, pork, key())));
            lane.awaitQueued(1);
            group.add(kiosks.submit(() -> order(twice, pork, key())));
            lane.awaitQueued(2);
            group.add(kiosks.submit(() -> order(poor, pork, key())));
            lane.awaitQueued(3);
            group.add(kiosks.submit(() -> order(other, pork, repeatedKey)));
            lane.awaitQueued(4);
            group.add(kiosks.submit(() -> order(other, pork, repeatedKey)));
            lane.awaitQueued(5);
            assertThat(lane.release().created()).isTrue();
        }
        for (Future<PlacedOrder> order : group) {
            // written (or refused) by now or soon: the lane went on with the group after the held order
            await().atMost(java.time.Duration.ofSeconds(10)).until(order::isDone);
        }
        Map<String, Long> statements = counter.stop();

        OrderView first = group.get(0).get().order();
        OrderView second = group.get(1).get().order();
        assertThat(first.subsidy()).isEqualByComparingTo("3.00");
        assertThat(second.subsidy())
                .as("a second meal of the period, counted within the group")
                .isZero();
        assertThat(second.selfPay()).isEqualByComparingTo("12.00");
        assertThat(wallets.balanceOf(twice)).isEqualByComparingTo("29.00");

        assertThat(group.get(2))
                .failsWithin(java.time.Duration.ofSeconds(5))
                .withThrowableOfType(java.util.concurrent.ExecutionException.class)
                .havingCause()
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("WALLET_INSUFFICIENT"));
        assertThat(wallets.balanceOf(poor)).isEqualByComparingTo("5.00");

        PlacedOrder once = group.get(3).get();
        PlacedOrder again = group.get(4).get();
        assertThat(List.of(once.created(), again.created())).containsExactly(true, false);
        assertThat(again.order().orderId()).isEqualTo(once.order().orderId());
        assertThat(wallets.balanceOf(other))
                .as("paid once")
                .isEqualByComparingTo(
                        new BigDecimal("50.00").subtract(once.order().selfPay()));

        // the held order, then three of the group's five (one refused, one a replay), a portion each
        assertThat(menus.item(pork.menuItemId()).portionsLeft()).isEqualTo(96);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(DISTINCT order_number) FROM meal_order WHERE canteen_id = ?",
                        Integer.class,
                        world.canteen.id()))
                .isEqualTo(1 + 3);
        for (long senior : List.of(held, twice, poor, other)) {
            assertThat(jdbc.queryForObject(
                            "SELECT COALESCE(SUM(amount), 0) FROM wallet_entry WHERE senior_id = ?",
                            BigDecimal.class,
                            senior))
                    .as("the ledger of senior %d adds up to the balance", senior)
                    .isEqualByComparingTo(wallets.balanceOf(senior));
        }
        // the group's orders were written in one transaction of the writer lane, with one portion update
        assertThat(statements).containsEntry("UPDATE menu_item", 2L);
        assertThat(statements).containsEntry("batch INSERT meal_order", 2L);
    }

    @Test
    void aGroupThatWouldSellADishOutIsWrittenOrderByOrder() throws Exception {
        MenuItemView fish = world.lunchDish("清蒸鱼", "15.00", 5);
        long held = world.senior(85, "50.00");
        List<Long> seniors = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            seniors.add(world.senior(70 + i, "50.00"));
        }

        List<Future<PlacedOrder>> group = new ArrayList<>();
        try (HeldLane lane = new HeldLane(dataSource, groupCommit, held, () -> order(held, fish, key()))) {
            for (long senior : seniors) {
                group.add(kiosks.submit(() -> order(senior, fish, key())));
            }
            lane.awaitQueued(seniors.size());
            lane.release();
        }

        int placed = 0;
        int soldOut = 0;
        for (Future<PlacedOrder> order : group) {
            try {
                order.get();
                placed++;
            } catch (java.util.concurrent.ExecutionException e) {
                assertThat(e.getCause()).isInstanceOf(DomainException.class);
                assertThat(((DomainException) e.getCause()).code()).isEqualTo("SOLD_OUT");
                soldOut++;
            }
        }
        assertThat(placed).as("five portions, one of them to the held order").isEqualTo(4);
        assertThat(soldOut).isEqualTo(4);
        assertThat(menus.item(fish.menuItemId()).portionsLeft()).isZero();
        assertThat(jdbc.queryForObject(
                        "SELECT COALESCE(SUM(l.quantity), 0) FROM meal_order_line l WHERE l.menu_item_id = ?",
                        Integer.class,
                        fish.menuItemId()))
                .isEqualTo(5);
        long paid = seniors.stream()
                .filter(senior -> wallets.balanceOf(senior).compareTo(new BigDecimal("50.00")) < 0)
                .count();
        assertThat(paid).as("only the orders placed were paid").isEqualTo(4);
    }

    @Test
    void aRetryRefusedByTheChecksNowStillGetsTheOrderItPlaced() {
        MenuItemView pork = world.lunchDish("回锅肉", "12.00", 10);
        long senior = world.senior(85, "50.00");
        String key = key();
        PlacedOrder first = order(senior, pork, key);

        // lunch is over: a new order is refused, the retry of the first one is not
        clock.pin(OrderingScenario.DAY
                .atTime(14, 0)
                .atZone(OrderingScenario.CHINA)
                .toInstant());
        assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(
                                DomainException.class, () -> order(senior, pork, key()))
                        .code())
                .isEqualTo("ORDERING_CLOSED");
        PlacedOrder retry = order(senior, pork, key);

        assertThat(retry.created()).isFalse();
        assertThat(retry.order().orderId()).isEqualTo(first.order().orderId());
        assertThat(wallets.balanceOf(senior))
                .isEqualByComparingTo(
                        new BigDecimal("50.00").subtract(first.order().selfPay()));
    }

    private PlacedOrder order(long seniorId, MenuItemView dish, String key) {
        return placement.place(
                new PlaceOrder(
                        null,
                        null,
                        seniorId,
                        null,
                        Channel.DINE_IN,
                        PaymentMethod.WALLET,
                        List.of(new PlaceOrder.Item(dish.menuItemId(), 1)),
                        false,
                        null,
                        null,
                        null),
                key,
                world.manager);
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }
}
