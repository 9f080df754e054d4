package cn.xingfu.canteen.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xingfu.canteen.support.StompProbe;
import cn.xingfu.canteen.support.TestIdNumbers;
import cn.xingfu.canteen.support.TestKeys;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two canteen-service instances, each in a process of its own on a free port, on one MariaDB schema and one
 * RabbitMQ (STOMP relay, {@code XINGFU_LIVE_RELAY_PORT}, 61613 by default as .ci/run starts it): an order placed
 * through instance A reaches a kiosk subscribed on instance B, and killing A (SIGKILL) in the middle of a stream of
 * orders loses none that A acknowledged; the ones in flight are retried on B with their Idempotency-Key and are
 * placed at most once. A menu changed through A is on B's kiosks within seconds (caches are per instance; an
 * eviction is announced through the database). Runs where the suites run on MariaDB ({@code XINGFU_TEST_DB=mysql}); its schema is the
 * test schema's name with {@code _cluster} appended, created if the account may, wiped first.
 */
@EnabledIfEnvironmentVariable(named = "XINGFU_TEST_DB", matches = "mysql")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesIT {

    private static final String DATA_KEY = TestKeys.freshDataKey();

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String KIOSK = "kiosk01";
    private static final String MANAGER = "manager01";
    private static final Duration START = Duration.ofMinutes(6);

    private static String dbUrl;
    private static String dbUser;
    private static String dbPassword;
    private static ServiceInstance a;
    private static ServiceInstance b;
    private static final java.util.concurrent.atomic.AtomicInteger dishes =
            new java.util.concurrent.atomic.AtomicInteger();
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    @BeforeAll
    static void startTwoInstances() throws Exception {
        String testUrl = System.getenv().getOrDefault("CANTEEN_TEST_DB_URL", "jdbc:mariadb://127.0.0.1:3306/canteen");
        String server = testUrl.substring(0, testUrl.lastIndexOf('/'));
        String schema = testUrl.substring(testUrl.lastIndexOf('/') + 1).replaceFirst("\\?.*", "") + "_cluster";
        dbUser = System.getenv().getOrDefault("CANTEEN_TEST_DB_USER", "canteen_app");
        dbPassword = System.getenv().getOrDefault("CANTEEN_TEST_DB_PASSWORD", "canteen_app_dev");
        try (Connection c = DriverManager.getConnection(server + "/", dbUser, dbPassword);
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE IF NOT EXISTS " + schema + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException mayNotCreate) {
            // a least-privilege account: the schema has been made for it (config/mysql)
        }
        dbUrl = server + "/" + schema;
        Flyway.configure()
                .dataSource(dbUrl, dbUser, dbPassword)
                .cleanDisabled(false)
                .load()
                .clean();

        Path logs = Files.createDirectories(Path.of("target", "cluster-logs"));
        // the test's few kiosks scan far more often in seconds than a real kiosk does in a minute
        List<String> common = List.of(
                "--xingfu.security.scans-per-minute=100000",
                // outside the demo a service refuses the public development key; both machines share one key
                "--xingfu.crypto.data-key=" + DATA_KEY,
                "--spring.datasource.url=" + dbUrl,
                "--spring.datasource.username=" + dbUser,
                "--spring.datasource.password=" + dbPassword,
                "--xingfu.live.relay.enabled=true",
                "--xingfu.standing.interval=1h");
        List<String> first = new ArrayList<>(common);
        first.add("--spring.profiles.active=mysql,demo");
        // A migrates and seeds the demo data; B starts on the migrated schema as a second machine would
        a = ServiceInstance.start("a", 1, first, logs).awaitReady(START);
        List<String> second = new ArrayList<>(common);
        second.add("--spring.profiles.active=mysql");
        b = ServiceInstance.start("b", 2, second, logs).awaitReady(START);
    }

    @AfterAll
    static void stopInstances() throws Exception {
        if (a != null) {
            a.close();
        }
        if (b != null) {
            b.close();
        }
    }

    @Test
    @Order(1)
    void aMenuChangedThroughOneInstanceReachesTheKiosksOfTheOtherWithinSeconds() throws Exception {
        JsonNode me = json(send(b, "GET", "/api/kiosk/me", KIOSK, null, null));
        long first = dishOnTheOpenMeal(me);
        String card = seniorWithCard(me.get("canteenId").asLong());
        assertThat(menuOnB(card)).contains(first); // B has the menu in its cache now

        long second = dishOnTheOpenMeal(me); // planned and published through A

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        List<Long> seen = menuOnB(card);
        while (!seen.contains(second) && System.nanoTime() < deadline) {
            Thread.sleep(250);
            seen = menuOnB(card);
        }
        assertThat(seen).as("the dish planned through A, on B's kiosk menu").contains(first, second);
    }

    private List<Long> menuOnB(String card) throws Exception {
        JsonNode scan = json(send(b, "POST", "/api/kiosk/scan", KIOSK, Map.of("qr", card), null));
        List<Long> ids = new ArrayList<>();
        scan.get("items").forEach(item -> ids.add(item.get("menuItemId").asLong()));
        return ids;
    }

    @Test
    @Order(2)
    void anOrderPlacedOnOneInstanceReachesAKioskOnTheOtherAndAKilledInstanceLosesNoAcknowledgedOrder()
            throws Exception {
        JsonNode me = json(send(a, "GET", "/api/kiosk/me", KIOSK, null, null));
        long kioskId = me.get("kioskId").asLong();
        long menuItemId = dishOnTheOpenMeal(me);
        String card = seniorWithCard(me.get("canteenId").asLong());

        // 1. placed through A, heard by a kiosk connected to B
        try (StompProbe kioskOnB = connect(b.port())) {
            BlockingQueue<JsonNode> updates = kioskOnB.subscribe("/topic/kiosks/" + kioskId + "/orders");
            HttpResponse<String> placed =
                    placeOrder(a, card, menuItemId, UUID.randomUUID().toString());
            assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
            long orderId = JSON.readTree(placed.body()).get("orderId").asLong();
            JsonNode heard = updates.poll(StompProbe.WAIT.toSeconds(), TimeUnit.SECONDS);
            assertThat(heard)
                    .as("the order placed on A, pushed to the kiosk on B")
                    .isNotNull();
            assertThat(heard.get("orderId").asLong()).isEqualTo(orderId);
            assertThat(heard.get("status").asString()).isEqualTo("PLACED");
        }

        // 2. a stream of orders through A, A killed in the middle of it
        Map<String, Long> acknowledged = new ConcurrentHashMap<>();
        List<String> attempted = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean going = new AtomicBoolean(true);
        ExecutorService kiosks = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 4; i++) {
            kiosks.execute(() -> {
                while (going.get()) {
                    String key = UUID.randomUUID().toString();
                    attempted.add(key);
                    try {
                        HttpResponse<String> answer = placeOrder(a, card, menuItemId, key);
                        if (answer.statusCode() == 201) {
                            acknowledged.put(
                                    key,
                                    JSON.readTree(answer.body()).get("orderId").asLong());
                        }
                    } catch (IOException | RuntimeException killed) {
                        // A is gone: this one was not acknowledged
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            });
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (acknowledged.size() < 20 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        a.kill();
        going.set(false);
        kiosks.shutdown();
        assertThat(kiosks.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(20);

        // every order A acknowledged is there, read through B
        for (long orderId : acknowledged.values()) {
            HttpResponse<String> order = send(b, "GET", "/api/orders/" + orderId, KIOSK, null, null);
            assertThat(order.statusCode())
                    .as("order %d acknowledged by A", orderId)
                    .isEqualTo(200);
        }
        // the kiosks retry what was in flight on B with the same key: placed once at most, acknowledged ones not again
        List<String> keys;
        synchronized (attempted) {
            keys = new ArrayList<>(attempted);
        }
        for (String key : keys) {
            HttpResponse<String> retried = placeOrder(b, card, menuItemId, key);
            assertThat(retried.statusCode()).as(retried.body()).isIn(200, 201);
            long orderId = JSON.readTree(retried.body()).get("orderId").asLong();
            if (acknowledged.containsKey(key)) {
                assertThat(retried.statusCode()).isEqualTo(200);
                assertThat(orderId).isEqualTo(acknowledged.get(key));
            }
        }
        try (Connection c = DriverManager.getConnection(dbUrl, dbUser, dbPassword);
                Statement s = c.createStatement()) {
            assertThat(single(
                            s,
                            "SELECT COUNT(*) FROM (SELECT idempotency_key FROM meal_order"
                                    + " WHERE idempotency_key IS NOT NULL GROUP BY placed_by_account_id, idempotency_key"
                                    + " HAVING COUNT(*) > 1) twice"))
                    .isZero();
            assertThat(single(
                            s,
                            "SELECT COUNT(*) FROM wallet w WHERE w.balance <> (SELECT COALESCE(SUM(e.amount), 0)"
                                    + " FROM wallet_entry e WHERE e.senior_id = w.senior_id)"))
                    .isZero();
            assertThat(single(s, "SELECT portions_total - portions_left FROM menu_item WHERE id = " + menuItemId))
                    .isEqualTo(single(
                            s,
                            "SELECT COALESCE(SUM(l.quantity), 0) FROM meal_order_line l JOIN meal_order o"
                                    + " ON o.id = l.order_id WHERE l.menu_item_id = " + menuItemId
                                    + " AND o.status <> 'CANCELLED'"));
        }
    }

    private StompProbe connect(int port) throws Exception {
        // the relay's connection to RabbitMQ comes up just after the instance is ready
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            try {
                return StompProbe.withBasic(port, KIOSK, "kiosk123");
            } catch (Exception notYet) {
                if (System.nanoTime() > deadline) {
                    throw notYet;
                }
                Thread.sleep(500);
            }
        }
    }

    private long dishOnTheOpenMeal(JsonNode me) throws Exception {
        assertThat(me.get("period").isNull())
                .as("a meal open for ordering: %s", me)
                .isFalse();
        LocalDate date = LocalDate.parse(me.get("serviceDate").asString());
        long canteenId = me.get("canteenId").asLong();
        JsonNode dish = json(send(
                a,
                "POST",
                "/api/dishes",
                MANAGER,
                Map.of(
                        "name",
                        "集群测试套餐" + dishes.incrementAndGet(),
                        "nameEn",
                        "Cluster set",
                        "price",
                        12.00,
                        "category",
                        "MAIN",
                        "allergens",
                        List.of(),
                        "dietaryTags",
                        List.of(),
                        "texture",
                        "NORMAL"),
                null));
        JsonNode item = json(send(
                a,
                "PUT",
                "/api/canteens/" + canteenId + "/menus/items",
                MANAGER,
                Map.of(
                        "serviceDate", date.toString(),
                        "period", me.get("period").asString(),
                        "dishId", dish.get("id").asLong(),
                        "portions", 5000),
                null));
        LocalDate monday = date.minusDays(date.getDayOfWeek().getValue() - 1L);
        json(send(
                a,
                "POST",
                "/api/canteens/" + canteenId + "/menus/publish-week",
                MANAGER,
                Map.of("weekStart", monday.toString()),
                null));
        return item.get("menuItemId").asLong();
    }

    private String seniorWithCard(long canteenId) throws Exception {
        JsonNode senior = json(send(
                a,
                "POST",
                "/api/seniors",
                MANAGER,
                Map.of(
                        "name",
                        "集群测试长者",
                        "idNumber",
                        TestIdNumbers.bornOn(LocalDate.of(1940, 5, 6)),
                        "address",
                        "几江街道集群路 1 号",
                        "homeCanteenId",
                        canteenId),
                null));
        long seniorId =
                senior.path("senior").path("id").asLong(senior.path("id").asLong());
        json(send(
                a,
                "POST",
                "/api/seniors/" + seniorId + "/wallet/top-ups",
                MANAGER,
                Map.of("amount", 5000),
                UUID.randomUUID().toString()));
        return json(send(a, "POST", "/api/cards", MANAGER, Map.of("seniorId", seniorId), null))
                .get("token")
                .asString();
    }

    private HttpResponse<String> placeOrder(ServiceInstance instance, String card, long menuItemId, String key)
            throws IOException, InterruptedException {
        return send(
                instance,
                "POST",
                "/api/orders",
                KIOSK,
                Map.of(
                        "cardToken",
                        card,
                        "channel",
                        "DINE_IN",
                        "payment",
                        "WALLET",
                        "items",
                        List.of(Map.of("menuItemId", menuItemId, "quantity", 1)),
                        "allergenConfirmed",
                        false),
                key);
    }

    private HttpResponse<String> send(
            ServiceInstance instance, String method, String path, String user, Object body, String key)
            throws IOException, InterruptedException {
        String password = user.startsWith("kiosk") ? "kiosk123" : "manager123";
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(instance.url() + path))
                .timeout(Duration.ofSeconds(30))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static JsonNode json(HttpResponse<String> response) {
        assertThat(response.statusCode())
                .as("%s %s", response.request().uri(), response.body())
                .isLessThan(300);
        return JSON.readTree(response.body());
    }

    private static long single(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
