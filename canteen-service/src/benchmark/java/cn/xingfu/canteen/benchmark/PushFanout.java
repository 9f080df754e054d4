package cn.xingfu.canteen.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.HdrHistogram.Recorder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Push at the rush against a running canteen-service (loopback only), in two parts that overlap as they would at
 * noon: first {@code push.idle} idle kiosk connections (another canteen's kiosk account, subscribed to its orders and
 * menu like a real kiosk, heart-beating every 10 s) are opened and held; then {@code push.screens} kitchen displays
 * and pickup boards of canteen 1 subscribe to its order topic, and orders are placed through canteen 1's kiosk at
 * {@code push.rate} per second. Each screen records, for every order update it receives, the time from the order's
 * {@code updatedAt} (stamped in the order's transaction, just before the commit) to receipt.
 *
 * <p>System properties: {@code push.base} (http://127.0.0.1:18090), {@code push.idle} (10000),
 * {@code push.idleKiosk} (kiosk02), {@code push.screens} (1000), {@code push.rate} (20), {@code push.warmup} (10),
 * {@code push.seconds} (30), {@code push.hold} (35, seconds the idle connections are held before the orders start:
 * several heart-beat periods), {@code push.seniors} (200), {@code push.servicePid} (heap and RSS of the service
 * after a GC, through jcmd, while everything is connected), {@code push.histogram} (false; with the pid, a class
 * histogram of the service's live heap just before and just after the idle connections open, and the difference
 * per connection, largest classes first: where an idle connection's memory goes).
 */
public final class PushFanout {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern UPDATED_AT = Pattern.compile("\"updatedAt\":\"([^\"]+)\"");

    private final String base = System.getProperty("push.base", "http://127.0.0.1:18090");
    private final URI ws = URI.create(base.replaceFirst("^http", "ws") + "/ws");
    private final HttpClient sockets = HttpClient.newBuilder()
            .executor(Executors.newFixedThreadPool(4))
            .connectTimeout(Duration.ofSeconds(30))
            .build();
    private final HttpClient rest = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .executor(Executors.newFixedThreadPool(4))
            .build();
    private final Recorder fanout = new Recorder(3);
    private final LongAdder received = new LongAdder();
    private final java.util.concurrent.atomic.LongAccumulator largest =
            new java.util.concurrent.atomic.LongAccumulator(Math::max, 0);
    private volatile boolean measuring;

    public static void main(String[] args) throws Exception {
        System.setProperty("rush.base", System.getProperty("push.base", "http://127.0.0.1:18090"));
        new PushFanout().run();
    }

    private void run() throws Exception {
        int idle = Integer.getInteger("push.idle", 10_000);
        int screens = Integer.getInteger("push.screens", 1000);
        int rate = Integer.getInteger("push.rate", 20);
        int warmup = Integer.getInteger("push.warmup", 10);
        int seconds = Integer.getInteger("push.seconds", 30);
        int hold = Integer.getInteger("push.hold", 35);
        String idleKiosk = System.getProperty("push.idleKiosk", "kiosk02");

        JsonNode idleMe = get("/api/kiosk/me", idleKiosk, "kiosk123");
        JsonNode me = get("/api/kiosk/me", "kiosk01", "kiosk123");
        long canteenId = me.get("canteenId").asLong();

        OrderRush rush = new OrderRush();
        long menuItemId = rush.setUpDish();
        List<String> cards = rush.setUpSeniors(Integer.getInteger("push.seniors", 200));
        System.out.printf("setup: dish %d, %d seniors with cards%n", menuItemId, cards.size());

        boolean histogram = Boolean.getBoolean("push.histogram");
        Map<String, long[]> before = histogram ? liveClasses() : Map.of();
        long openStart = System.nanoTime();
        List<StompScreen> idleScreens = openAll(
                idle,
                idleKiosk,
                "kiosk123",
                List.of(
                        "/topic/kiosks/" + idleMe.get("kioskId").asLong() + "/orders",
                        "/topic/canteens/" + idleMe.get("canteenId").asLong() + "/menu"),
                body -> {});
        System.out.printf(
                "idle: %d of %d kiosk connections subscribed in %.1f s%n",
                idleScreens.size(), idle, (System.nanoTime() - openStart) / 1e9);
        if (histogram) {
            Thread.sleep(3000); // the last SUBSCRIBEs handled
            printPerConnection(before, liveClasses(), idleScreens.size());
        }
        ScheduledExecutorService beats = Executors.newSingleThreadScheduledExecutor();
        List<StompScreen> all = new ArrayList<>(idleScreens);
        beats.scheduleAtFixedRate(
                () -> {
                    synchronized (all) {
                        all.forEach(StompScreen::beat);
                    }
                },
                10,
                10,
                TimeUnit.SECONDS);

        openStart = System.nanoTime();
        List<StompScreen> displays =
                openAll(screens, "staff01", "staff123", List.of("/topic/canteens/" + canteenId + "/orders"), this::update);
        synchronized (all) {
            all.addAll(displays);
        }
        System.out.printf(
                "screens: %d of %d kitchen displays / boards subscribed in %.1f s%n",
                displays.size(), screens, (System.nanoTime() - openStart) / 1e9);

        System.out.printf("holding %d s (heart-beats every 10 s)%n", hold);
        Thread.sleep(hold * 1000L);
        long idleOpen = idleScreens.stream().filter(StompScreen::open).count();
        System.out.printf("idle: %d of %d still open after %d s%n", idleOpen, idleScreens.size(), hold);
        serviceMemory();

        long placedBefore = placeOrders(rate, warmup, cards, menuItemId);
        fanout.reset();
        long receivedBefore = received.sum();
        measuring = true;
        long measuredOrders = placeOrders(rate, seconds, cards, menuItemId);
        Thread.sleep(3000); // the last updates on their way
        measuring = false;
        long got = received.sum() - receivedBefore;
        LoadStats.Latency latency = LoadStats.Latency.of(fanout.getIntervalHistogram());
        long openScreens = displays.stream().filter(StompScreen::open).count();
        System.out.printf(
                "fanout: %d orders at %d/s (after %d in warm-up) to %d screens (%d open): %d updates of %d expected;"
                        + " commit to receipt %s%n",
                measuredOrders,
                rate,
                placedBefore,
                displays.size(),
                openScreens,
                got,
                measuredOrders * displays.size(),
                latency);
        System.out.printf("largest update body: %d characters%n", largest.get());
        idleOpen = idleScreens.stream().filter(StompScreen::open).count();
        System.out.printf("idle: %d of %d still open at the end%n", idleOpen, idleScreens.size());
        serviceMemory();
        beats.shutdownNow();
        synchronized (all) {
            all.forEach(StompScreen::close);
        }
        System.exit(0);
    }

    /** Opens {@code count} screens, at most 200 handshakes at a time; returns those that subscribed. */
    private List<StompScreen> openAll(
            int count, String login, String passcode, List<String> destinations, java.util.function.Consumer<String> on)
            throws InterruptedException {
        List<StompScreen> open = new ArrayList<>();
        Map<String, Long> failures = new TreeMap<>();
        for (int from = 0; from < count; from += 200) {
            List<CompletableFuture<StompScreen>> batch = new ArrayList<>();
            for (int i = from; i < Math.min(count, from + 200); i++) {
                batch.add(StompScreen.open(sockets, ws, login, passcode, destinations, on));
            }
            for (CompletableFuture<StompScreen> screen : batch) {
                try {
                    open.add(screen.get(60, TimeUnit.SECONDS));
                } catch (Exception e) {
                    failures.merge(String.valueOf(e.getCause() == null ? e : e.getCause()), 1L, Long::sum);
                }
            }
        }
        if (!failures.isEmpty()) {
            System.out.println("connection failures: " + failures);
        }
        return open;
    }

    private void update(String body) {
        long now = System.currentTimeMillis();
        received.increment();
        largest.accumulate(body.length());
        if (!measuring) {
            return;
        }
        Matcher m = UPDATED_AT.matcher(body);
        if (m.find()) {
            long millis = now - Instant.parse(m.group(1)).toEpochMilli();
            fanout.recordValue(Math.max(0, millis) * 1000);
        }
    }

    /** Orders at a fixed rate (open loop) for the given seconds; returns how many were accepted. */
    private long placeOrders(int rate, int seconds, List<String> cards, long menuItemId)
            throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        LongAdder accepted = new LongAdder();
        long start = System.nanoTime();
        long total = (long) rate * seconds;
        for (long i = 0; i < total; i++) {
            long due = start + i * 1_000_000_000L / rate;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            pool.execute(() -> {
                String card = cards.get(ThreadLocalRandom.current().nextInt(cards.size()));
                String body = "{\"cardToken\":\"" + card + "\",\"channel\":\"DINE_IN\",\"payment\":\"WALLET\","
                        + "\"items\":[{\"menuItemId\":" + menuItemId + ",\"quantity\":1}],\"allergenConfirmed\":false}";
                HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/orders"))
                        .timeout(Duration.ofSeconds(30))
                        .header("Authorization", basic("kiosk01", "kiosk123"))
                        .header("Content-Type", "application/json")
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build();
                try {
                    if (rest.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 201) {
                        accepted.increment();
                    }
                } catch (IOException e) {
                    // counted as not accepted
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(60, TimeUnit.SECONDS);
        return accepted.sum();
    }

    /** Heap after a full GC and RSS of the service (jcmd on the same box), if its pid was given. */
    private static void serviceMemory() {
        String pid = System.getProperty("push.servicePid");
        if (pid == null) {
            return;
        }
        try {
            run("jcmd", pid, "GC.run");
            String heap = run("jcmd", pid, "GC.heap_info");
            String rss = run("ps", "-o", "rss=", "-p", pid).trim();
            System.out.printf(
                    "service memory: RSS %d MB; heap after GC:%n%s%n", Long.parseLong(rss) / 1024, heap.strip());
        } catch (IOException | RuntimeException e) {
            System.out.println("service memory: not read (" + e + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Class name to {instances, bytes} of the service's live heap ({@code GC.class_histogram} collects first). */
    private static Map<String, long[]> liveClasses() throws IOException, InterruptedException {
        Map<String, long[]> classes = new TreeMap<>();
        Pattern row = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");
        for (String line : run("jcmd", System.getProperty("push.servicePid"), "GC.class_histogram")
                .split("\n")) {
            Matcher m = row.matcher(line);
            if (m.find()) {
                classes.put(m.group(3), new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))});
            }
        }
        return classes;
    }

    private static void printPerConnection(Map<String, long[]> before, Map<String, long[]> after, int connections) {
        long total = 0;
        List<Map.Entry<String, long[]>> grown = new ArrayList<>();
        for (Map.Entry<String, long[]> entry : after.entrySet()) {
            long[] was = before.getOrDefault(entry.getKey(), new long[2]);
            long[] delta = {entry.getValue()[0] - was[0], entry.getValue()[1] - was[1]};
            total += delta[1];
            grown.add(Map.entry(entry.getKey(), delta));
        }
        for (Map.Entry<String, long[]> entry : before.entrySet()) {
            if (!after.containsKey(entry.getKey())) {
                total -= entry.getValue()[1];
            }
        }
        grown.sort((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1]));
        System.out.printf(
                "live heap per idle connection: %.1f KB (%d connections, %.1f MB in all); largest classes, per connection:%n",
                total / 1024.0 / connections, connections, total / 1024.0 / 1024.0);
        for (Map.Entry<String, long[]> entry : grown.subList(0, Math.min(25, grown.size()))) {
            System.out.printf(
                    "  %8.2f objects %8.0f bytes  %s%n",
                    entry.getValue()[0] / (double) connections,
                    entry.getValue()[1] / (double) connections,
                    entry.getKey());
        }
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(60, TimeUnit.SECONDS);
        return out;
    }

    private JsonNode get(String path, String user, String password) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", basic(user, password))
                .build();
        HttpResponse<String> response = rest.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
