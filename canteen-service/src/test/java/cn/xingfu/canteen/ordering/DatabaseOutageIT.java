package cn.xingfu.canteen.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xingfu.canteen.card.CardManagement;
import cn.xingfu.canteen.card.CardView;
import cn.xingfu.canteen.integrity.InvariantChecker;
import cn.xingfu.canteen.menu.MenuCatalog;
import cn.xingfu.canteen.menu.MenuItemView;
import cn.xingfu.canteen.shared.security.Account;
import cn.xingfu.canteen.shared.security.Accounts;
import cn.xingfu.canteen.shared.security.Role;
import cn.xingfu.canteen.support.Http;
import cn.xingfu.canteen.support.TcpProxy;
import cn.xingfu.canteen.support.TestClock;
import cn.xingfu.kernel.Ids;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * MariaDB "stops" under a load of kiosk orders: the service reaches it through a TCP proxy that the test cuts (every
 * connection closed, new ones refused, as a stopped server does) and restores. While cut, every request fails fast
 * with 503 problem+json DATABASE_UNAVAILABLE (Hikari's connection timeout is 1 s here), health is DOWN, and nothing is
 * half written; after the restore the service recovers by itself, the kiosks' retries with the same keys settle every
 * order exactly once, and the invariants hold. Needs a networked database, so it runs on the MariaDB suite (.ci/run).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.hikari.connection-timeout=1000",
            "spring.datasource.hikari.validation-timeout=500",
            "spring.datasource.hikari.maximum-pool-size=8"
        })
@EnabledIfEnvironmentVariable(named = "XINGFU_TEST_DB", matches = "mysql")
class DatabaseOutageIT {

    private static final int KIOSK_THREADS = 4;
    /** Connection timeout 1 s plus the request itself: far below a hung thread, far above a healthy order. */
    private static final long FAIL_FAST_MILLIS = 5_000;

    static final TcpProxy database = proxyToTheTestDatabase();

    @DynamicPropertySource
    static void throughTheProxy(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> proxiedUrl(database.port()));
    }

    private static TcpProxy proxyToTheTestDatabase() {
        Matcher url = Pattern.compile("//([^:/]+)(?::(\\d+))?/").matcher(testDatabaseUrl());
        if (!url.find()) {
            throw new IllegalStateException("Cannot read host and port from " + testDatabaseUrl());
        }
        return new TcpProxy(url.group(1), url.group(2) != null ? Integer.parseInt(url.group(2)) : 3306);
    }

    private static String testDatabaseUrl() {
        String url = System.getenv("CANTEEN_TEST_DB_URL");
        return url != null ? url : "jdbc:mariadb://127.0.0.1:3306/canteen";
    }

    private static String proxiedUrl(int port) {
        return testDatabaseUrl().replaceFirst("//[^/]+/", "//127.0.0.1:" + port + "/");
    }

    @AfterAll
    static void closeProxy() {
        database.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    OrderingScenario scenario;

    @Autowired
    CardManagement cards;

    @Autowired
    MenuCatalog menus;

    @Autowired
    InvariantChecker invariants;

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestClock clock;

    @AfterEach
    void restore() {
        database.restore();
        clock.reset();
    }

    private record Attempt(
            String key, long seniorId, String cardToken, int status, String code, long millis, long startedNanos) {}

    private Http.Answer order(Http http, OrderingScenario.World world, String cardToken, long dish, String key) {
        return http.post(
                "/api/orders",
                world.kiosk.username(),
                OrderingScenario.KIOSK_PASSWORD,
                Map.of(
                        "cardToken",
                        cardToken,
                        "channel",
                        "DINE_IN",
                        "payment",
                        "WALLET",
                        "items",
                        List.of(Map.of("menuItemId", dish, "quantity", 1))),
                Map.of("Idempotency-Key", key));
    }

    @Test
    void anOutageUnderLoadFailsFastWritesNothingHalfAndHealsItself() throws Exception {
        OrderingScenario.World world = scenario.newWorld();
        MenuItemView dish = world.lunchDish("回锅肉", "12.00", 500);
        List<Long> seniors = new ArrayList<>();
        List<CardView> seniorCards = new ArrayList<>();
        for (int i = 0; i < KIOSK_THREADS; i++) {
            long senior = world.senior(85, "900.00");
            seniors.add(senior);
            seniorCards.add(cards.issue(senior, Set.of(), world.manager));
        }
        Account manager = accounts.save(new Account(
                Ids.next(),
                "outage-" + Ids.next(),
                passwords.encode("m-pass-1"),
                "经理",
                Role.CANTEEN_MANAGER,
                world.canteen.id()));
        Http http = new Http(port);
        assertThat(http.get("/actuator/health", null, null).status()).isEqualTo(200);

        ConcurrentLinkedQueue<Attempt> attempts = new ConcurrentLinkedQueue<>();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService kiosks = Executors.newFixedThreadPool(KIOSK_THREADS);
        List<Future<?>> load = new ArrayList<>();
        for (int i = 0; i < KIOSK_THREADS; i++) {
            long senior = seniors.get(i);
            String token = seniorCards.get(i).token();
            load.add(kiosks.submit(() -> {
                Http kiosk = new Http(port);
                while (running.get()) {
                    String key = UUID.randomUUID().toString();
                    long start = System.nanoTime();
                    Http.Answer answer = order(kiosk, world, token, dish.menuItemId(), key);
                    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
                    attempts.add(new Attempt(key, senior, token, answer.status(), answer.code(), millis, start));
                    sleep(answer.status() == 503 ? 100 : 20);
                }
            }));
        }

        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> count(attempts, 201) >= 8);
        database.cut();
        long cutAt = System.nanoTime();
        int beforeCut = attempts.size();
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> count(attempts, 503) >= 12);

        Http.Answer health = http.get("/actuator/health", null, null);
        assertThat(health.status()).isEqualTo(503);
        assertThat(health.json().path("status").asString()).isEqualTo("DOWN");
        // a sign-in that needs the database is not a wrong password
        Http.Answer signIn = http.get("/api/orders/1", manager.toActor().username(), "m-pass-1");
        assertThat(signIn.status()).as(signIn.body()).isEqualTo(503);
        assertThat(signIn.code()).isEqualTo("DATABASE_UNAVAILABLE");
        int duringCut = attempts.size();

        database.restore();
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> attempts.stream().skip(duringCut).anyMatch(a -> a.status() == 201));
        Awaitility.await()
                .atMost(Duration.ofSeconds(15))
                .until(() -> http.get("/actuator/health", null, null).status() == 200);
        running.set(false);
        for (Future<?> kiosk : load) {
            kiosk.get(30, TimeUnit.SECONDS);
        }
        kiosks.shutdown();

        List<Attempt> all = List.copyOf(attempts);
        List<Attempt> failed = all.stream().filter(a -> a.status() != 201).toList();
        assertThat(failed).allSatisfy(a -> {
            assertThat(a.status()).as("only outage answers fail: %s", a).isEqualTo(503);
            assertThat(a.code()).isEqualTo("DATABASE_UNAVAILABLE");
            assertThat(a.millis()).as("fails fast: %s", a).isLessThan(FAIL_FAST_MILLIS);
        });
        // an order that committed just before the cut may be answered after it; one begun while cut never succeeds
        assertThat(all.subList(beforeCut, duringCut).stream().filter(a -> a.startedNanos() > cutAt))
                .isNotEmpty()
                .allSatisfy(a -> assertThat(a.status()).isEqualTo(503));

        // the kiosks retry what failed with the same keys: each becomes exactly one order
        for (Attempt a : failed) {
            Http.Answer retry = order(http, world, a.cardToken(), dish.menuItemId(), a.key());
            assertThat(retry.status()).as(retry.body()).isIn(200, 201);
        }
        int orders = jdbc.queryForObject(
                "SELECT COUNT(*) FROM meal_order WHERE canteen_id = ?", Integer.class, world.canteen.id());
        assertThat(orders).isEqualTo(all.size());
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(DISTINCT idempotency_key) FROM meal_order WHERE canteen_id = ?",
                        Integer.class,
                        world.canteen.id()))
                .isEqualTo(all.size());
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM wallet_entry e JOIN meal_order o ON o.id = e.order_id"
                                + " WHERE o.canteen_id = ? AND e.kind = 'ORDER_PAYMENT'",
                        Integer.class,
                        world.canteen.id()))
                .isEqualTo(all.size());
        assertThat(menus.item(dish.menuItemId()).portionsLeft()).isEqualTo(500 - all.size());
        assertThat(invariants.check(world.canteen.id()).violations()).isEmpty();
        assertThat(((HikariDataSource) dataSource).getHikariPoolMXBean().getThreadsAwaitingConnection())
                .isZero();
        System.out.printf(
                "Database outage: %d orders tried, %d refused with 503 (slowest %d ms), %d connections refused while cut,"
                        + " %d orders after retries, none lost or doubled%n",
                all.size(),
                failed.size(),
                failed.stream().mapToLong(Attempt::millis).max().orElse(0),
                database.refused(),
                orders);
    }

    private static long count(ConcurrentLinkedQueue<Attempt> attempts, int status) {
        return attempts.stream().filter(a -> a.status() == status).count();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
