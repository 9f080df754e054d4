package cn.xingfu.canteen.live;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xingfu.canteen.support.Http;
import cn.xingfu.canteen.support.StompProbe;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Kiosks ordering without pause while a test breaks the way to RabbitMQ, and what such a test looks at: the
 * relay's health, the order pushes waiting to be sent again, and threads stuck in push code.
 */
final class RelayLoad implements AutoCloseable {

    /** A healthy order takes well under a second even on the loaded build box; one stuck on the broker never returns. */
    static final long ORDER_BOUND_MILLIS = 5_000;

    /** Where a thread stuck on the broker would be. */
    private static final List<String> PUSH_CODE = List.of(
            LiveOrderUpdates.class.getName(),
            LiveMenuUpdates.class.getName(),
            WelfareAlertBroadcast.class.getName(),
            MissedPushes.class.getName(),
            "org.springframework.messaging.simp.stomp.StompBrokerRelayMessageHandler");

    record Attempt(String kiosk, String key, int status, long orderId, long millis, long startedNanos) {}

    final ConcurrentLinkedQueue<Attempt> attempts = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final ExecutorService threads;
    private final List<Future<?>> kiosks = new ArrayList<>();
    private final int port;
    private final LiveWorld world;

    /** Starts one ordering thread per kiosk, 150 ms between a kiosk's orders. */
    RelayLoad(int port, LiveWorld world, List<LiveWorld.Login> logins) {
        this.port = port;
        this.world = world;
        this.threads = Executors.newFixedThreadPool(logins.size());
        for (LiveWorld.Login kiosk : logins) {
            kiosks.add(threads.submit(() -> {
                Http client = new Http(port);
                while (running.get()) {
                    attempts.add(order(client, kiosk));
                    pause(150);
                }
            }));
        }
    }

    /** Stops the kiosks and waits for their last orders. */
    List<Attempt> stop() throws Exception {
        running.set(false);
        for (Future<?> kiosk : kiosks) {
            kiosk.get(30, TimeUnit.SECONDS);
        }
        threads.shutdown();
        return List.copyOf(attempts);
    }

    /**
     * Every order accepted, and none started once the broker was in trouble held up by it. The first orders after
     * the start are left out of the time bound: on a loaded box they wait for the JIT, not for the broker.
     */
    static void assertAcceptedQuickly(List<Attempt> all, long troubleNanos) {
        assertThat(all)
                .allSatisfy(a -> assertThat(a.status()).as("accepted: %s", a).isEqualTo(201));
        assertThat(all.stream().filter(a -> a.startedNanos() > troubleNanos))
                .isNotEmpty()
                .allSatisfy(a -> assertThat(a.millis())
                        .as("not held up by the broker: %s", a)
                        .isLessThan(ORDER_BOUND_MILLIS));
    }

    long startedAfter(long nanos) {
        return attempts.stream().filter(a -> a.startedNanos() > nanos).count();
    }

    Attempt order(Http client, LiveWorld.Login kiosk) {
        String key = UUID.randomUUID().toString();
        long start = System.nanoTime();
        int status;
        long orderId = 0;
        try {
            Http.Answer answer = client.post(
                    "/api/orders",
                    kiosk.username(),
                    kiosk.password(),
                    Map.of(
                            "cardToken",
                            world.cardToken(),
                            "channel",
                            "DINE_IN",
                            "payment",
                            "WALLET",
                            "items",
                            List.of(Map.of("menuItemId", world.menuItemId(), "quantity", 1))),
                    Map.of("Idempotency-Key", key));
            status = answer.status();
            if (status == 201) {
                JsonNode body = answer.json();
                orderId = (body.has("order") ? body.get("order") : body)
                        .path("orderId")
                        .asLong();
            }
        } catch (IllegalStateException noAnswer) {
            // a timed-out or broken exchange: recorded as status 0 and fails the test
            status = 0;
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        return new Attempt(kiosk.username(), key, status, orderId, millis, start);
    }

    static String relayStatus(int port) {
        return new Http(port)
                .get("/actuator/health", null, null)
                .json()
                .path("components")
                .path("brokerRelay")
                .path("status")
                .asString();
    }

    /** Order pushes the broker refused, remembered by this service to push again once the relay reconnects. */
    static int missedOrderPushes(ApplicationContext context) {
        return context.getBean(LiveOrderUpdates.class).missedPushesWaiting();
    }

    /** Threads whose stack is inside a live listener or the relay handler right now. */
    static List<String> threadsInPushCode() {
        List<String> busy = new ArrayList<>();
        Thread.getAllStackTraces().forEach((thread, stack) -> {
            for (StackTraceElement frame : stack) {
                String type = frame.getClassName();
                if (PUSH_CODE.stream().anyMatch(type::startsWith)) {
                    busy.add(thread.getName() + " in " + frame);
                    return;
                }
            }
        });
        return busy;
    }

    static boolean awaitOrder(BlockingQueue<JsonNode> heard, long orderId) throws InterruptedException {
        long deadline = System.nanoTime() + StompProbe.WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode message = heard.poll(200, TimeUnit.MILLISECONDS);
            if (message != null && message.path("orderId").asLong() == orderId) {
                return true;
            }
        }
        return false;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws Exception {
        if (running.get()) {
            stop();
        }
    }
}
