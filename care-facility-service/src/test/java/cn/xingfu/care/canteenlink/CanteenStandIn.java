package cn.xingfu.care.canteenlink;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers {@code POST /api/care-link/stays} as canteen-service's StayNoticeController does: HTTP Basic with the care
 * service's account (401 otherwise), a JSON notice (400 when it is not one canteen-service accepts), and a receipt
 * {@code {noticeId, matched, outcome}}; a repeated notice id gets the first receipt, as canteen-service's
 * {@code care_stay_notice} table gives it. It records every delivery, repeats included, answers after a delay, and
 * can hold one request unanswered (received and recorded, as canteen-service would have committed it) until
 * released, so a send is in flight when the sender is killed.
 */
final class CanteenStandIn implements AutoCloseable {

    /** One delivery as it arrived; {@code repeat} when this notice id had been received before. */
    record Delivery(int seq, long noticeId, String stayRef, String kind, boolean repeat) {}

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(4);
    private final String expectedAuthorization;
    private final Duration delay;
    private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();
    private final Map<Long, String> receipts = new ConcurrentHashMap<>();
    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicInteger answersLost = new AtomicInteger();
    private final AtomicBoolean holdNext = new AtomicBoolean();
    private final CountDownLatch held = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private volatile Delivery heldDelivery;

    CanteenStandIn(String username, String password, Duration delay) throws IOException {
        this.expectedAuthorization = "Basic "
                + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.delay = delay;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/care-link/stays", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    List<Delivery> deliveries() {
        return List.copyOf(deliveries);
    }

    int refused() {
        return refused.get();
    }

    int answersLost() {
        return answersLost.get();
    }

    /** The next notice is recorded and then left unanswered until {@link #release()}. */
    void holdNext() {
        holdNext.set(true);
    }

    /** Waits until a held notice has arrived; returns it, or null when none came in time. */
    Delivery awaitHeld(Duration atMost) throws InterruptedException {
        return held.await(atMost.toMillis(), TimeUnit.MILLISECONDS) ? heldDelivery : null;
    }

    void release() {
        release.countDown();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                answer(exchange, 405, "{}");
                return;
            }
            if (!expectedAuthorization.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                refused.incrementAndGet();
                answer(exchange, 401, "{\"code\":\"UNAUTHORIZED\"}");
                return;
            }
            JsonNode notice = JSON.readTree(exchange.getRequestBody().readAllBytes());
            String kind = notice.path("kind").asString("");
            String stayRef = notice.path("stayRef").asString("");
            if (!notice.path("noticeId").isNumber()
                    || !(kind.equals("ADMITTED") || kind.equals("DISCHARGED"))
                    || !notice.path("idNumberHash").asString("").matches("[0-9a-f]{64}")
                    || stayRef.isBlank()
                    || notice.path("on").asString("").isBlank()) {
                refused.incrementAndGet();
                answer(exchange, 400, "{\"code\":\"NOTICE_INVALID\"}");
                return;
            }
            long noticeId = notice.path("noticeId").asLong();
            Delivery delivery;
            synchronized (this) {
                boolean repeat = receipts.containsKey(noticeId);
                receipts.putIfAbsent(
                        noticeId,
                        "{\"noticeId\":" + noticeId + ",\"matched\":false,\"outcome\":\"no canteen senior matched\"}");
                delivery = new Delivery(deliveries.size() + 1, noticeId, stayRef, kind, repeat);
                deliveries.add(delivery);
            }
            if (holdNext.compareAndSet(true, false)) {
                heldDelivery = delivery;
                held.countDown();
                release.await(2, TimeUnit.MINUTES);
            } else {
                // canteen-service's work per notice (match, pause, commit), so sends overlap the stays coming in
                Thread.sleep(delay.toMillis());
            }
            answer(exchange, 200, receipts.get(noticeId));
        } catch (IOException connectionGone) {
            // the sender was killed while this request waited: canteen-service has it, the sender has no answer
            answersLost.incrementAndGet();
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        }
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        release.countDown();
        server.stop(0);
        threads.shutdownNow();
    }
}
