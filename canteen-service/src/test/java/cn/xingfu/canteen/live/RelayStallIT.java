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
import java.util.List;
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
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The network to RabbitMQ silently stops carrying packets while kiosks order: no connection is closed and no
 * write fails, the bytes simply never arrive. Only heart-beats can notice. The relay beats every 2 s here (10 s in
 * production), a screen every 2 s; both must give up on the dead link after three silent periods, the order path
 * must not notice at all, and once the network is back the relay reconnects, resends the pushes that failed after
 * it noticed, and a screen that reconnects catches up over REST on what it missed, including the pushes that were
 * written into the dead link before anybody noticed (those are lost on the way, which is why clients catch up).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"xingfu.live.relay.enabled=true", "xingfu.live.relay.heartbeat=2s"})
@EnabledIfEnvironmentVariable(named = "XINGFU_TEST_DB", matches = "mysql")
class RelayStallIT {

    private static final Duration BEAT = Duration.ofSeconds(2);

    /** Three silent periods, plus the health probe's and a loaded box's slack. */
    private static final Duration NOTICED_WITHIN = BEAT.multipliedBy(3).plusSeconds(10);

    private static final int ORDERS_WHILE_DOWN = 10;

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
    void aSilentlyDeadLinkIsNoticedByHeartBeatsAndNothingIsLostForTheScreens() throws Exception {
        LiveWorld world = LiveWorld.create(context, port);
        world.topUp("5000.00");
        Http http = new Http(port);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> RelayLoad.relayStatus(port).equals("UP"));

        StompProbe screen = StompProbe.withBasic(port, world.kioskA().username(), LiveWorld.PASSWORD, BEAT);
        BlockingQueue<JsonNode> heard =
                screen.subscribe(LiveDestinations.kioskOrders(world.kioskA().id()));
        try (RelayLoad load = new RelayLoad(port, world, List.of(world.kioskA(), world.kioskA2()))) {
            await().atMost(Duration.ofSeconds(20)).until(() -> load.attempts.size() >= 6);
            assertThat(heard.poll(StompProbe.WAIT.toSeconds(), TimeUnit.SECONDS))
                    .as("push works before the stall")
                    .isNotNull();

            rabbit.stall();
            long stallNanos = System.nanoTime();
            Instant stallAt = Instant.now();

            // nobody is told; the relay's heart-beats notice, and so do the screen's
            await().atMost(NOTICED_WITHIN)
                    .until(() -> RelayLoad.relayStatus(port).equals("DOWN"));
            long relayNoticedMillis = millisSince(stallNanos);
            long noticedNanos = System.nanoTime();
            await().atMost(NOTICED_WITHIN).until(() -> screen.closed.isDone());
            long screenNoticedMillis = millisSince(stallNanos);
            assertThat(http.get("/actuator/health/readiness", null, null).status())
                    .as("readiness stays UP, as when RabbitMQ stops")
                    .isEqualTo(200);

            // orders go on while the relay knows the broker is away, and their refused pushes are remembered
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> load.startedAfter(noticedNanos) >= ORDERS_WHILE_DOWN
                            && RelayLoad.missedOrderPushes(context) > 0);
            int failedPushes = RelayLoad.missedOrderPushes(context);

            rabbit.restore();
            long restoredNanos = System.nanoTime();
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> RelayLoad.relayStatus(port).equals("UP"));
            long reconnectMillis = millisSince(restoredNanos);
            await().atMost(Duration.ofSeconds(30)).until(() -> RelayLoad.missedOrderPushes(context) == 0);
            long resentMillis = millisSince(restoredNanos);

            // the screen reconnects, hears new orders, and its catch-up brings every order since the stall began
            try (StompProbe again = StompProbe.withBasic(port, world.kioskA().username(), LiveWorld.PASSWORD, BEAT)) {
                BlockingQueue<JsonNode> heardAgain = again.subscribe(
                        LiveDestinations.kioskOrders(world.kioskA().id()));
                RelayLoad.Attempt fresh = load.order(http, world.kioskA());
                load.attempts.add(fresh);
                assertThat(fresh.status()).isEqualTo(201);
                assertThat(RelayLoad.awaitOrder(heardAgain, fresh.orderId()))
                        .as("a new order is pushed after the link is back")
                        .isTrue();
            }
            List<RelayLoad.Attempt> all = load.stop();

            List<Long> sinceStall = all.stream()
                    .filter(a -> a.kiosk().equals(world.kioskA().username()) && a.startedNanos() > stallNanos)
                    .map(RelayLoad.Attempt::orderId)
                    .toList();
            JsonNode catchUp = http.get(
                            "/api/kiosk/orders?since="
                                    + URLEncoder.encode(stallAt.minusSeconds(1).toString(), StandardCharsets.UTF_8),
                            world.kioskA().username(),
                            LiveWorld.PASSWORD)
                    .json();
            List<Long> caughtUp = new ArrayList<>();
            catchUp.path("orders").forEach(o -> caughtUp.add(o.path("orderId").asLong()));
            assertThat(sinceStall).isNotEmpty();
            assertThat(caughtUp).containsAll(sinceStall).doesNotHaveDuplicates();

            RelayLoad.assertAcceptedQuickly(all, stallNanos);
            List<String> stored = jdbc.queryForList(
                    "SELECT idempotency_key FROM meal_order WHERE canteen_id = ?", String.class, world.canteenA());
            assertThat(stored).hasSize(all.size()).doesNotHaveDuplicates();
            assertThat(invariants.check(world.canteenA()).violations()).isEmpty();
            await().atMost(Duration.ofSeconds(15))
                    .until(() -> RelayLoad.threadsInPushCode().isEmpty());

            long beforeNoticed = all.stream()
                    .filter(a -> a.startedNanos() > stallNanos && a.startedNanos() < noticedNanos)
                    .count();
            System.out.printf(
                    "RabbitMQ link stalled: %d orders, all 201 (slowest %d ms); the relay noticed after %d ms, the"
                            + " screen after %d ms; %d orders were placed before the relay noticed (their pushes went"
                            + " into the dead link); %d pushes failed afterwards and were resent %d ms after the"
                            + " restore; relay UP %d ms after the restore; the screen's catch-up listed all %d of its"
                            + " orders since the stall%n",
                    all.size(),
                    all.stream().mapToLong(RelayLoad.Attempt::millis).max().orElse(0),
                    relayNoticedMillis,
                    screenNoticedMillis,
                    beforeNoticed,
                    failedPushes,
                    resentMillis,
                    reconnectMillis,
                    sinceStall.size());
        } finally {
            screen.close();
        }
    }

    private static long millisSince(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - nanos);
    }
}
