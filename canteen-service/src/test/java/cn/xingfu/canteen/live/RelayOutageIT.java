package cn.xingfu.canteen.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.xingfu.canteen.integrity.InvariantChecker;
import cn.xingfu.canteen.support.Http;
import cn.xingfu.canteen.support.StompProbe;
import cn.xingfu.canteen.support.TcpProxy;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * RabbitMQ "stops" under a load of kiosk orders while the relay is on: the service reaches the broker's STOMP port
 * through a TCP proxy that the test cuts (every connection closed, new ones refused) and restores. The order path
 * never waits for the broker: every order is 201 and quick during the cut, and each is in the database once. Health
 * names the relay DOWN while readiness stays UP; the relay reconnects by itself, a STOMP client that was dropped
 * reconnects and hears new orders again, the kiosk's REST catch-up returns what it missed, and the order pushes that
 * were refused during the cut (remembered in memory, not in the event registry) are sent once the relay is back. Runs
 * on the MariaDB suite, as DatabaseOutageIT.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "xingfu.live.relay.enabled=true")
@EnabledIfEnvironmentVariable(named = "XINGFU_TEST_DB", matches = "mysql")
class RelayOutageIT {

    private static final int ORDERS_DURING_CUT = 20;

    static final TcpProxy rabbit = new TcpProxy(
            System.getenv().getOrDefault("XINGFU_LIVE_RELAY_HOST", "127.0.0.1"),
            Integer.parseInt(System.getenv().getOrDefault("XINGFU_LIVE_RELAY_PORT", "61613")));

    @DynamicPropertySource
    static void throughTheProxy(DynamicPropertyRegistry registry) {
        registry.add("xingfu.live.relay.host", () -> "127.0.0.1");
        registry.add("xingfu.live.relay.port", rabbit::port);
    }

    @AfterAll
    static void closeProxy() {
        rabbit.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    InvariantChecker invariants;

    @Test
    void ordersFlowWhileRabbitMqIsAwayAndPushResumesByItself() throws Exception {
        LiveWorld world = LiveWorld.create(context, port);
        world.topUp("5000.00");
        Http http = new Http(port);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> RelayLoad.relayStatus(port).equals("UP"));
        assertThat(http.get("/actuator/health", null, null).status()).isEqualTo(200);

        // a kiosk screen listening before the cut
        StompProbe before = StompProbe.withBasic(port, world.kioskA().username(), LiveWorld.PASSWORD);
        BlockingQueue<JsonNode> heardBefore =
                before.subscribe(LiveDestinations.kioskOrders(world.kioskA().id()));

        RelayLoad load = new RelayLoad(port, world, List.of(world.kioskA(), world.kioskA2()));
        await().atMost(Duration.ofSeconds(20)).until(() -> load.attempts.size() >= 6);
        JsonNode pushedBefore = heardBefore.poll(StompProbe.WAIT.toSeconds(), TimeUnit.SECONDS);
        assertThat(pushedBefore).as("push works before the cut").isNotNull();

        rabbit.cut();
        long cutNanos = System.nanoTime();
        Instant cutAt = Instant.now();
        int refusedBefore = rabbit.refused();

        // the screen that was listening is dropped; a screen connecting now is refused, not left hanging
        await().atMost(StompProbe.WAIT).until(() -> before.closed.isDone());
        StompHeaders dropped = before.errors.peek();
        StompProbe during = StompProbe.attempt(
                port, StompProbe.basic(world.kioskA().username(), LiveWorld.PASSWORD), new StompHeaders());
        await().atMost(StompProbe.WAIT).until(() -> during.connected().isDone());
        assertThat(during.connected()).as("no STOMP session without the broker").isCompletedExceptionally();
        Throwable refusedConnect =
                during.connected().handle((session, failure) -> failure).join();
        StompHeaders refusal = during.errors.peek();
        during.close();
        // the ERROR frame can be lost in the closing; when it comes, it names the broker, not the client
        if (dropped != null) {
            assertThat(dropped.getFirst("message")).isEqualTo("Connection to broker closed.");
        }
        if (refusal != null) {
            assertThat(refusal.getFirst("message")).isEqualTo("Broker not available.");
        }

        // health names the relay; readiness and liveness stay UP, so the load balancer keeps the instance
        await().atMost(Duration.ofSeconds(10))
                .until(() -> RelayLoad.relayStatus(port).equals("DOWN"));
        Http.Answer health = http.get("/actuator/health", null, null);
        assertThat(health.status()).isEqualTo(503);
        assertThat(health.json().path("status").asString()).isEqualTo("DOWN");
        assertThat(health.json().path("components").path("db").path("status").asString())
                .isEqualTo("UP");
        Http.Answer readiness = http.get("/actuator/health/readiness", null, null);
        assertThat(readiness.status()).as(readiness.body()).isEqualTo(200);
        assertThat(readiness.json().path("status").asString()).isEqualTo("UP");
        assertThat(http.get("/actuator/health/liveness", null, null).status()).isEqualTo(200);

        // orders go on; the relay keeps trying (and is refused at least once) while cut
        await().atMost(Duration.ofSeconds(30))
                .until(() -> load.startedAfter(cutNanos) >= ORDERS_DURING_CUT && rabbit.refused() > refusedBefore);
        int failedPushes = RelayLoad.missedOrderPushes(context);
        assertThat(failedPushes)
                .as("order pushes refused during the cut are remembered for the resend")
                .isPositive();

        rabbit.restore();
        long restoredNanos = System.nanoTime();
        await().atMost(Duration.ofSeconds(20))
                .until(() -> RelayLoad.relayStatus(port).equals("UP"));
        long reconnectMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - restoredNanos);
        assertThat(http.get("/actuator/health", null, null).status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> RelayLoad.missedOrderPushes(context) == 0);
        long drainedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - restoredNanos);

        // the screen reconnects by itself (here: the test, as the kiosk's client would), hears new orders again...
        try (StompProbe after = StompProbe.withBasic(port, world.kioskA().username(), LiveWorld.PASSWORD)) {
            BlockingQueue<JsonNode> heard =
                    after.subscribe(LiveDestinations.kioskOrders(world.kioskA().id()));
            RelayLoad.Attempt fresh = load.order(http, world.kioskA());
            load.attempts.add(fresh);
            assertThat(fresh.status()).isEqualTo(201);
            assertThat(RelayLoad.awaitOrder(heard, fresh.orderId()))
                    .as("a new order is pushed after the restore")
                    .isTrue();
        }
        List<RelayLoad.Attempt> all = load.stop();

        // ...and its REST catch-up brings every order it missed, once each
        List<Long> missed = all.stream()
                .filter(a -> a.kiosk().equals(world.kioskA().username()) && a.startedNanos() > cutNanos)
                .filter(a -> a.startedNanos() < restoredNanos)
                .map(RelayLoad.Attempt::orderId)
                .toList();
        JsonNode catchUp = http.get(
                        "/api/kiosk/orders?since="
                                + URLEncoder.encode(cutAt.minusSeconds(1).toString(), StandardCharsets.UTF_8),
                        world.kioskA().username(),
                        LiveWorld.PASSWORD)
                .json();
        List<Long> caughtUp = new ArrayList<>();
        catchUp.path("orders").forEach(o -> caughtUp.add(o.path("orderId").asLong()));
        assertThat(missed).isNotEmpty();
        assertThat(caughtUp).containsAll(missed).doesNotHaveDuplicates();

        // every order was accepted, quickly, and is in the database exactly once
        RelayLoad.assertAcceptedQuickly(all, cutNanos);
        Set<String> keys = new HashSet<>();
        all.forEach(a -> keys.add(a.key()));
        List<String> stored = jdbc.queryForList(
                "SELECT idempotency_key FROM meal_order WHERE canteen_id = ?", String.class, world.canteenA());
        assertThat(stored).hasSize(all.size()).doesNotHaveDuplicates();
        assertThat(new HashSet<>(stored)).isEqualTo(keys);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM wallet_entry e JOIN meal_order o ON o.id = e.order_id"
                                + " WHERE o.canteen_id = ? AND e.kind = 'ORDER_PAYMENT'",
                        Integer.class,
                        world.canteenA()))
                .isEqualTo(all.size());
        assertThat(invariants.check(world.canteenA()).violations()).isEmpty();
        // the resend was sent (a push refused again would be remembered again), none was forgotten, and the order
        // pushes never went through the event registry
        assertThat(RelayLoad.missedOrderPushes(context)).isZero();
        assertThat(context.getBean(LiveOrderUpdates.class).missedPushesDropped())
                .isZero();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM event_publication WHERE listener_id LIKE ?",
                        Integer.class,
                        LiveOrderUpdates.class.getName() + "%"))
                .isZero();

        // no thread is left stuck in a push or in the relay's send
        await().atMost(Duration.ofSeconds(15))
                .until(() -> RelayLoad.threadsInPushCode().isEmpty());

        List<RelayLoad.Attempt> duringCut = all.stream()
                .filter(a -> a.startedNanos() > cutNanos && a.startedNanos() < restoredNanos)
                .toList();
        before.close();
        System.out.printf(
                "RabbitMQ outage: %d orders, %d during the cut (slowest %d ms, slowest before %d ms), all 201, each"
                        + " stored once; %d relay connections refused while cut; %d pushes failed and were resent"
                        + " %d ms after the restore; relay UP %d ms after the restore; the listening screen got %s, a"
                        + " screen connecting while cut got %s (%s)%n",
                all.size(),
                duringCut.size(),
                duringCut.stream().mapToLong(RelayLoad.Attempt::millis).max().orElse(0),
                all.stream()
                        .filter(a -> a.startedNanos() < cutNanos)
                        .mapToLong(RelayLoad.Attempt::millis)
                        .max()
                        .orElse(0),
                rabbit.refused() - refusedBefore,
                failedPushes,
                drainedMillis,
                reconnectMillis,
                dropped == null ? "a close without ERROR frame" : "ERROR '" + dropped.getFirst("message") + "'",
                refusal == null ? "a close without ERROR frame" : "ERROR '" + refusal.getFirst("message") + "'",
                refusedConnect);
    }
}
