package cn.xingfu.canteen.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.xingfu.canteen.card.CardManagement;
import cn.xingfu.canteen.card.CardView;
import cn.xingfu.canteen.integrity.InvariantChecker;
import cn.xingfu.canteen.menu.MenuCatalog;
import cn.xingfu.canteen.menu.MenuItemView;
import cn.xingfu.canteen.support.Http;
import cn.xingfu.canteen.support.TcpProxy;
import cn.xingfu.canteen.support.TestClock;
import cn.xingfu.canteen.wallet.Wallets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The kiosk's order reaches the server and commits, but the answer is lost on the way back (the proxy hangs up
 * once the server answers). The kiosk retries with the same Idempotency-Key and must get the original order:
 * same id and number, one debit, one ledger line, one portion, one subsidy, even when the retry comes after the
 * cut-off.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LostResponseIT {

    @LocalServerPort
    int port;

    @Autowired
    OrderingScenario scenario;

    @Autowired
    CardManagement cards;

    @Autowired
    MenuCatalog menus;

    @Autowired
    Wallets wallets;

    @Autowired
    InvariantChecker invariants;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestClock clock;

    OrderingScenario.World world;
    MenuItemView pork;
    long senior;
    CardView card;
    TcpProxy network;

    @BeforeEach
    void setUp() {
        world = scenario.newWorld();
        pork = world.lunchDish("回锅肉", "12.00", 10);
        senior = world.senior(85, "50.00");
        card = cards.issue(senior, Set.of(), world.manager);
        network = new TcpProxy("127.0.0.1", port);
    }

    @AfterEach
    void tearDown() {
        network.close();
        clock.reset();
    }

    private Http.Answer order(Http http, String key) {
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
                        List.of(Map.of("menuItemId", pork.menuItemId(), "quantity", 1))),
                Map.of("Idempotency-Key", key));
    }

    private int ordersOfSenior() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM meal_order WHERE senior_id = ?", Integer.class, senior);
    }

    @Test
    void aRetryAfterALostAnswerReturnsTheCommittedOrderAndChargesOnce() {
        String key = UUID.randomUUID().toString();
        network.dropResponses(true);

        assertThatThrownBy(() -> order(new Http(network.port()), key)).isInstanceOf(IllegalStateException.class);
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> ordersOfSenior() == 1);
        long committed = jdbc.queryForObject("SELECT id FROM meal_order WHERE senior_id = ?", Long.class, senior);

        // the kiosk comes back on line after the cut-off has passed: the retry must still find its order
        clock.pin(OrderingScenario.DAY
                .atTime(12, 45)
                .atZone(OrderingScenario.CHINA)
                .toInstant());
        network.dropResponses(false);
        Http.Answer retry = order(new Http(network.port()), key);

        assertThat(retry.status()).as(retry.body()).isEqualTo(200);
        assertThat(retry.json().path("orderId").asLong()).isEqualTo(committed);
        assertThat(retry.json().path("orderNumber").asString()).isEqualTo("A001");
        assertThat(ordersOfSenior()).isEqualTo(1);
        assertThat(wallets.balanceOf(senior)).isEqualByComparingTo("41.00");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM wallet_entry WHERE senior_id = ? AND kind = 'ORDER_PAYMENT'",
                        Integer.class,
                        senior))
                .isEqualTo(1);
        assertThat(menus.item(pork.menuItemId()).portionsLeft()).isEqualTo(9);
        assertThat(invariants.check(world.canteen.id()).violations()).isEmpty();
    }

    @Test
    void manyRetriesOfOneLostOrderAtOnceStillMakeOneOrder() throws Exception {
        String key = UUID.randomUUID().toString();
        network.dropResponses(true);
        assertThatThrownBy(() -> order(new Http(network.port()), key)).isInstanceOf(IllegalStateException.class);
        network.dropResponses(false);

        // the kiosk, the counter's re-send and a double tap: eight retries race with the same key
        List<Thread> retries = new java.util.ArrayList<>();
        List<Http.Answer> answers = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        for (int i = 0; i < 8; i++) {
            Thread retry = new Thread(() -> answers.add(order(new Http(port), key)));
            retries.add(retry);
            retry.start();
        }
        for (Thread retry : retries) {
            retry.join(30_000);
        }

        assertThat(answers)
                .hasSize(8)
                .allSatisfy(
                        answer -> assertThat(answer.status()).as(answer.body()).isIn(200, 201));
        assertThat(answers.stream().map(a -> a.json().path("orderId").asLong()).distinct())
                .hasSize(1);
        assertThat(ordersOfSenior()).isEqualTo(1);
        assertThat(wallets.balanceOf(senior)).isEqualByComparingTo("41.00");
        assertThat(invariants.check(world.canteen.id()).violations()).isEmpty();
    }

    @Test
    void theSameKeyWithAnotherOrderIsRefusedAndChangesNothing() {
        String key = UUID.randomUUID().toString();
        assertThat(order(new Http(port), key).status()).isEqualTo(201);

        Http.Answer other = new Http(port)
                .post(
                        "/api/orders",
                        world.kiosk.username(),
                        OrderingScenario.KIOSK_PASSWORD,
                        Map.of(
                                "cardToken",
                                card.token(),
                                "channel",
                                "TAKEAWAY",
                                "payment",
                                "WALLET",
                                "items",
                                List.of(Map.of("menuItemId", pork.menuItemId(), "quantity", 2))),
                        Map.of("Idempotency-Key", key));

        assertThat(other.status()).as(other.body()).isEqualTo(409);
        assertThat(other.code()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        assertThat(ordersOfSenior()).isEqualTo(1);
        assertThat(wallets.balanceOf(senior)).isEqualByComparingTo("41.00");
        assertThat(menus.item(pork.menuItemId()).portionsLeft()).isEqualTo(9);
    }
}
