package cn.xingfu.canteen.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Recorder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The lunch rush against a running canteen-service (loopback only): {@code POST /api/orders} from N concurrent
 * kiosk clients (closed loop, kiosk Basic auth, a card token per senior over ~2,000 seniors, a fresh
 * Idempotency-Key, one portion of one dish, wallet payment), then {@code POST /api/kiosk/scan} at a fixed rate
 * (open loop: latency counts from the moment a scan was due, so a stall is not hidden). Afterwards it checks in
 * the database that no portion was oversold and every wallet equals its ledger.
 *
 * <p>System properties: {@code rush.base} (http://127.0.0.1:18090), {@code rush.seniors} (2000),
 * {@code rush.clients} (16,64), {@code rush.floorClients} (64 clients of {@code GET /api/kiosk/me}, the
 * stack's floor; 0 skips it), {@code rush.warmup} (30), {@code rush.seconds} (30), {@code rush.scanRate}
 * (500), {@code rush.db.url}/{@code rush.db.user}/{@code rush.db.password} for the checks. Every loop stops by
 * itself when its time is up.
 */
public final class OrderRush {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String KIOSK = basic("kiosk01", "kiosk123");
    private static final String MANAGER = basic("manager01", "manager123");

    private final String base = System.getProperty("rush.base", "http://127.0.0.1:18090");
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newFixedThreadPool(8))
            .build();

    OrderRush() {}

    public static void main(String[] args) {
        // the HTTP client's worker pool is not daemon and would keep the driver (and the script, and the service it
        // started) waiting after a failure as well as after success
        try {
            new OrderRush().run();
        } catch (Exception | AssertionError failed) {
            failed.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    private void run() throws Exception {
        int seniors = Integer.getInteger("rush.seniors", 2000);
        int warmup = Integer.getInteger("rush.warmup", 30);
        int seconds = Integer.getInteger("rush.seconds", 30);
        int scanRate = Integer.getInteger("rush.scanRate", 500);
        List<Integer> clients = new ArrayList<>();
        for (String c : System.getProperty("rush.clients", "16,64").split(",")) {
            clients.add(Integer.parseInt(c.trim()));
        }
        long setupStart = System.nanoTime();
        long menuItemId = setUpDish();
        List<String> tokens = setUpSeniors(seniors);
        System.out.printf(
                "setup: menu item %d, %d seniors with card and wallet in %.0f s%n",
                menuItemId, tokens.size(), (System.nanoTime() - setupStart) / 1e9);
        for (int n : clients) {
            System.out.println(orders(n, warmup, seconds, tokens, menuItemId).line());
        }
        int floorClients = Integer.getInteger("rush.floorClients", 64);
        if (floorClients > 0) {
            System.out.println(stackFloor(floorClients, warmup, seconds).line());
        }
        if (scanRate > 0) {
            System.out.println(scans(scanRate, warmup, seconds, tokens).line());
        }
        String url = System.getProperty("rush.db.url");
        if (url != null) {
            check(url, menuItemId);
        }
    }

    record Phase(String name, int clients, double perSecond, LoadStats.Latency latency, Map<Integer, Long> statuses) {
        String line() {
            return String.format(
                    "%-7s clients=%-3d  %s/s=%7.0f  %s  statuses=%s",
                    name, clients, name, perSecond, latency, statuses);
        }
    }

    private Phase orders(int clients, int warmup, int seconds, List<String> tokens, long menuItemId)
            throws Exception {
        return closedLoop("orders", clients, warmup, seconds, random -> {
            String token = tokens.get(random.nextInt(tokens.size()));
            String body = "{\"cardToken\":\"" + token + "\",\"channel\":\"DINE_IN\",\"payment\":\"WALLET\","
                    + "\"items\":[{\"menuItemId\":" + menuItemId + ",\"quantity\":1}]}";
            return post("/api/orders", body, KIOSK)
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .build();
        });
    }

    /**
     * The floor under every order: the kiosk's cheapest authenticated call (its canteen and current meal, and the
     * day's calendar notice) through the same Tomcat, security chain and JSON writing as an order, with no write.
     */
    private Phase stackFloor(int clients, int warmup, int seconds) throws Exception {
        return closedLoop("kioskMe", clients, warmup, seconds, random -> get("/api/kiosk/me", KIOSK));
    }

    private Phase closedLoop(
            String name,
            int clients,
            int warmup,
            int seconds,
            java.util.function.Function<ThreadLocalRandom, HttpRequest> requests)
            throws Exception {
        Recorder recorder = new Recorder(3);
        Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
        long end = System.nanoTime() + (warmup + seconds) * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            running.add(pool.submit(() -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                while (System.nanoTime() < end) {
                    HttpRequest request = requests.apply(random);
                    long start = System.nanoTime();
                    int status = statusOf(request);
                    recorder.recordValue((System.nanoTime() - start) / 1000);
                    statuses.computeIfAbsent(status, s -> new LongAdder()).increment();
                }
                return null;
            }));
        }
        return measure(name, clients, warmup, recorder, statuses, running, pool);
    }

    private Phase scans(int rate, int warmup, int seconds, List<String> tokens) throws Exception {
        Recorder recorder = new Recorder(3);
        Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
        int workers = 64;
        long total = (long) rate * (warmup + seconds);
        long t0 = System.nanoTime() + 100_000_000L;
        double interval = 1e9 / rate;
        AtomicLong next = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < workers; i++) {
            running.add(pool.submit(() -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                for (long ticket = next.getAndIncrement(); ticket < total; ticket = next.getAndIncrement()) {
                    long due = t0 + (long) (ticket * interval);
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                    }
                    String token = tokens.get(random.nextInt(tokens.size()));
                    int status = statusOf(post("/api/kiosk/scan", "{\"qr\":\"" + token + "\"}", KIOSK)
                            .build());
                    recorder.recordValue(Math.max(0, (System.nanoTime() - due) / 1000));
                    statuses.computeIfAbsent(status, s -> new LongAdder()).increment();
                }
                return null;
            }));
        }
        return measure("scans", rate, warmup, recorder, statuses, running, pool);
    }

    private static Phase measure(
            String name,
            int clients,
            int warmup,
            Recorder recorder,
            Map<Integer, LongAdder> statuses,
            List<Future<?>> running,
            ExecutorService pool)
            throws Exception {
        Thread.sleep(warmup * 1000L);
        recorder.getIntervalHistogram();
        statuses.clear();
        long started = System.nanoTime();
        for (Future<?> f : running) {
            f.get();
        }
        pool.shutdown();
        var histogram = recorder.getIntervalHistogram();
        double elapsed = (System.nanoTime() - started) / 1e9;
        Map<Integer, Long> counted = new TreeMap<>();
        statuses.forEach((k, v) -> counted.put(k, v.sum()));
        return new Phase(name, clients, histogram.getTotalCount() / elapsed, LoadStats.Latency.of(histogram), counted);
    }

    /** A dish on the kiosk's current meal with more portions than any run can sell. */
    long setUpDish() {
        JsonNode me = json(send(get("/api/kiosk/me", KIOSK)));
        LocalDate date = LocalDate.parse(me.get("serviceDate").asString());
        String period = me.get("period").asString();
        long canteenId = me.get("canteenId").asLong();
        JsonNode dish = json(send(post(
                        "/api/dishes",
                        "{\"name\":\"压测套餐" + System.currentTimeMillis() % 100000 + "\",\"nameEn\":\"Rush set\","
                                + "\"price\":12.00,\"category\":\"MAIN\",\"allergens\":[],\"dietaryTags\":[],"
                                + "\"texture\":\"NORMAL\"}",
                        MANAGER)
                .build()));
        long portions = Long.getLong("rush.portions", 1_000_000);
        String itemPath = "/api/canteens/" + canteenId + "/menus/items";
        String itemBody = "{\"serviceDate\":\"" + date + "\",\"period\":\"" + period + "\",\"dishId\":"
                + dish.get("id").asLong() + ",\"portions\":%d}";
        HttpResponse<String> answer = send(put(itemPath, itemBody.formatted(portions), MANAGER));
        JsonNode item;
        if (answer.statusCode() == 400 && System.getProperty("rush.db.url") != null) {
            // a build that still caps a dish at 10,000 portions: plan 10,000, then raise the counters in SQL
            item = json(send(put(itemPath, itemBody.formatted(10_000), MANAGER)));
            raisePortions(item.get("menuItemId").asLong(), portions);
            System.out.println("setup: the API refused " + portions + " portions; raised in the database");
        } else {
            item = json(answer);
        }
        LocalDate monday = date.minusDays(date.getDayOfWeek().getValue() - 1L);
        send(post("/api/canteens/" + canteenId + "/menus/publish-week", "{\"weekStart\":\"" + monday + "\"}", MANAGER)
                .build());
        return item.get("menuItemId").asLong();
    }

    /** Registers seniors of canteen 1 aged 60-95, each with a card and 5,000 yuan in the wallet. */
    List<String> setUpSeniors(int count) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<String>> tokens = new ArrayList<>();
        long run = System.currentTimeMillis() % 900;
        for (int i = 0; i < count; i++) {
            int n = i;
            tokens.add(pool.submit(() -> {
                LocalDate birth = LocalDate.of(1931, 1, 1).plusDays((n * 7L) % 12_700);
                JsonNode senior = register(n, birth, (int) ((run + n / 1814) % 1000));
                long seniorId = senior.get("senior").get("id").asLong();
                send(post("/api/seniors/" + seniorId + "/wallet/top-ups", "{\"amount\":5000}", MANAGER)
                        .header("Idempotency-Key", "rush-topup-" + seniorId)
                        .build());
                JsonNode card = json(send(
                        post("/api/cards", "{\"seniorId\":" + seniorId + "}", MANAGER).build()));
                String token = card.get("token").asString();
                // at the kiosk every order follows the senior's card scan: the service has seen the card before
                // the order, as it has at lunch (the scan's own cost is the scan phase's figure)
                send(post("/api/kiosk/scan", "{\"qr\":\"" + token + "\"}", KIOSK).build());
                return token;
            }));
        }
        List<String> result = new ArrayList<>();
        for (Future<String> token : tokens) {
            result.add(token.get());
        }
        pool.shutdown();
        return result;
    }

    private static void raisePortions(long menuItemId, long portions) {
        try (Connection c = DriverManager.getConnection(
                        System.getProperty("rush.db.url"),
                        System.getProperty("rush.db.user", "root"),
                        System.getProperty("rush.db.password", ""));
                Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE menu_item SET portions_total = " + portions + ", portions_left = " + portions
                    + " WHERE id = " + menuItemId);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** No oversell (portions sold = portions on standing orders) and every wallet equals its ledger. */
    private static void check(String url, long menuItemId) throws SQLException {
        String user = System.getProperty("rush.db.user", "root");
        String password = System.getProperty("rush.db.password", "");
        try (Connection c = DriverManager.getConnection(url, user, password);
                Statement s = c.createStatement()) {
            long sold = single(s, "SELECT portions_total - portions_left FROM menu_item WHERE id = " + menuItemId);
            long ordered = single(
                    s,
                    "SELECT COALESCE(SUM(l.quantity), 0) FROM meal_order_line l JOIN meal_order o ON o.id = l.order_id"
                            + " WHERE l.menu_item_id = " + menuItemId + " AND o.status <> 'CANCELLED'");
            long walletsOff = single(
                    s,
                    "SELECT COUNT(*) FROM wallet w WHERE w.balance <> (SELECT COALESCE(SUM(e.amount), 0)"
                            + " FROM wallet_entry e WHERE e.senior_id = w.senior_id)");
            long doubleCharged = single(
                    s,
                    "SELECT COUNT(*) FROM (SELECT order_id FROM wallet_entry WHERE kind = 'ORDER_PAYMENT'"
                            + " GROUP BY order_id HAVING COUNT(*) > 1) d");
            System.out.printf(
                    "check: portions sold %d, on orders %d (%s); wallets differing from their ledger %d;"
                            + " orders paid twice %d%n",
                    sold, ordered, sold == ordered ? "no oversell" : "MISMATCH", walletsOff, doubleCharged);
        }
    }

    private static long single(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private HttpRequest.Builder post(String path, String body, String auth) {
        return HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", auth)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private HttpRequest put(String path, String body, String auth) {
        return HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", auth)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private HttpRequest get(String path, String auth) {
        return HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", auth)
                .build();
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** One senior; an ID number the demo data already holds (a random serial may meet one) takes the next serial. */
    private JsonNode register(int n, LocalDate birth, int serial) {
        for (int attempt = 0; ; attempt++) {
            String id = idNumber(birth, (serial + attempt * 101) % 1000);
            HttpResponse<String> answer = send(post(
                            "/api/seniors",
                            "{\"name\":\"压测长者" + n + "\",\"idNumber\":\"" + id + "\",\"address\":\"几江街道 " + n
                                    + " 号\",\"homeCanteenId\":1}",
                            MANAGER)
                    .build());
            if (answer.statusCode() != 409 || attempt == 4) {
                return json(answer);
            }
        }
    }

    /** The status code, or 0 when the request failed or timed out (counted, never fatal under load). */
    private int statusOf(HttpRequest request) {
        try {
            return send(request).statusCode();
        } catch (IllegalStateException failed) {
            return 0;
        }
    }

    private static JsonNode json(HttpResponse<String> response) {
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(
                    response.request().uri() + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    /** A valid GB 11643 number of 江津区 (the registry checks the check character and the date of birth). */
    static String idNumber(LocalDate birth, int serial) {
        String body = "500116" + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", serial);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * WEIGHTS[i];
        }
        return body + CHECK[sum % 11];
    }
}
