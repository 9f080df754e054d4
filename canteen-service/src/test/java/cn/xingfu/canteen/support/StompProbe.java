package cn.xingfu.canteen.support;

import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.springframework.messaging.converter.JacksonJsonMessageConverter;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;
import tools.jackson.databind.JsonNode;

/**
 * A real STOMP client against the running service, connecting as a kiosk or page would. Each subscription
 * collects its messages in a queue; ERROR frames land in {@link #errors}. Shared by the live module's tests
 * and those of modules whose events it pushes.
 */
public final class StompProbe implements AutoCloseable {

    public static final Duration WAIT = Duration.ofSeconds(10);
    private static final Duration QUIET = Duration.ofMillis(1500);

    private static final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();

    static {
        scheduler.setPoolSize(1);
        scheduler.setDaemon(true);
        scheduler.setThreadNamePrefix("stomp-probe-");
        scheduler.initialize();
    }

    public final BlockingQueue<StompHeaders> errors = new LinkedBlockingQueue<>();
    /** Completes when the server drops the connection. */
    public final CompletableFuture<Throwable> closed = new CompletableFuture<>();

    private final CompletableFuture<StompSession> connected = new CompletableFuture<>();
    private final WebSocketStompClient client = new WebSocketStompClient(new StandardWebSocketClient());

    private StompProbe(int port, WebSocketHttpHeaders handshake, StompHeaders connect, Duration heartbeat) {
        client.setMessageConverter(new JacksonJsonMessageConverter());
        client.setTaskScheduler(scheduler);
        client.setDefaultHeartbeat(new long[] {heartbeat.toMillis(), heartbeat.toMillis()});
        client.connectAsync("ws://localhost:" + port + "/ws", handshake, connect, new StompSessionHandlerAdapter() {
                    @Override
                    public void afterConnected(StompSession session, StompHeaders headers) {
                        session.setAutoReceipt(true);
                        connected.complete(session);
                    }

                    @Override
                    public void handleFrame(StompHeaders headers, @Nullable Object payload) {
                        errors.add(headers);
                        connected.completeExceptionally(new IllegalStateException("ERROR frame " + headers));
                    }

                    @Override
                    public void handleTransportError(StompSession session, Throwable exception) {
                        connected.completeExceptionally(exception);
                        closed.complete(exception);
                    }
                })
                .whenComplete((session, failure) -> {
                    if (failure != null) {
                        connected.completeExceptionally(failure);
                    }
                });
    }

    /** Starts connecting; {@link #connected()} tells how it went. */
    public static StompProbe attempt(int port, WebSocketHttpHeaders handshake, StompHeaders connect) {
        return new StompProbe(port, handshake, connect, Duration.ofSeconds(10));
    }

    /**
     * Signs in with HTTP Basic and beats at {@code heartbeat} both ways, so a link that silently stops carrying
     * frames is noticed (and the connection closed) after three silent periods.
     */
    public static StompProbe withBasic(int port, String username, String password, Duration heartbeat)
            throws Exception {
        StompProbe probe = new StompProbe(port, basic(username, password), new StompHeaders(), heartbeat);
        probe.connected().get(WAIT.toSeconds(), TimeUnit.SECONDS);
        return probe;
    }

    /** Signs in on the WebSocket handshake with HTTP Basic, as a kiosk or script does. */
    public static StompProbe withBasic(int port, String username, String password) throws Exception {
        StompProbe probe = attempt(port, basic(username, password), new StompHeaders());
        probe.connected().get(WAIT.toSeconds(), TimeUnit.SECONDS);
        return probe;
    }

    /** Signs in with STOMP's CONNECT headers only; the handshake is anonymous. */
    public static StompProbe withLogin(int port, String login, String passcode) throws Exception {
        StompProbe probe = attempt(port, new WebSocketHttpHeaders(), login(login, passcode));
        probe.connected().get(WAIT.toSeconds(), TimeUnit.SECONDS);
        return probe;
    }

    public static WebSocketHttpHeaders basic(String username, String password) {
        WebSocketHttpHeaders handshake = new WebSocketHttpHeaders();
        handshake.add(
                "Authorization",
                "Basic "
                        + Base64.getEncoder()
                                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
        return handshake;
    }

    public static StompHeaders login(String login, String passcode) {
        StompHeaders connect = new StompHeaders();
        connect.setLogin(login);
        connect.setPasscode(passcode);
        return connect;
    }

    public CompletableFuture<StompSession> connected() {
        return connected;
    }

    /**
     * Subscribes and waits until the server confirms it with a RECEIPT, so the subscription is active before
     * the test goes on. Returns empty-handed (receipt never comes) when the server refuses with an ERROR.
     */
    public BlockingQueue<JsonNode> subscribe(String destination) throws Exception {
        CompletableFuture<Boolean> receipt = new CompletableFuture<>();
        BlockingQueue<JsonNode> queue = subscribeNoWait(destination, receipt);
        receipt.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        return queue;
    }

    /** Subscribes without waiting; {@code receipt} completes when (if) the server confirms. */
    public BlockingQueue<JsonNode> subscribeNoWait(String destination, CompletableFuture<Boolean> receipt)
            throws Exception {
        BlockingQueue<JsonNode> queue = new LinkedBlockingQueue<>();
        StompSession.Subscription subscription = session().subscribe(destination, new StompFrameHandler() {
            @Override
            public Type getPayloadType(StompHeaders headers) {
                return JsonNode.class;
            }

            @Override
            public void handleFrame(StompHeaders headers, @Nullable Object payload) {
                queue.add((JsonNode) payload);
            }
        });
        subscription.addReceiptTask(() -> receipt.complete(true));
        return queue;
    }

    /**
     * Waits until the server refuses: an ERROR frame, or the connection closed. Spring sends the ERROR and
     * closes at once, and the frame can be lost when another frame is being written at that moment.
     *
     * @return the ERROR frame's headers, or {@code null} when only the closing was seen
     */
    @Nullable
    public StompHeaders refusal() {
        org.awaitility.Awaitility.await().atMost(WAIT).until(() -> !errors.isEmpty() || closed.isDone());
        return errors.peek();
    }

    public void send(String destination, Object payload) throws Exception {
        session().send(destination, payload);
    }

    public boolean isConnected() {
        return connected.isDone()
                && !connected.isCompletedExceptionally()
                && connected.join().isConnected();
    }

    /**
     * Subscribes and expects a refusal: the server answers with an ERROR frame (FORBIDDEN) or closes, and no
     * receipt and no message ever arrive.
     */
    public void assertRefused(String destination) throws Exception {
        CompletableFuture<Boolean> receipt = new CompletableFuture<>();
        BlockingQueue<JsonNode> heard = subscribeNoWait(destination, receipt);
        StompHeaders error = refusal();
        if (error != null && !String.valueOf(error.getFirst("message")).startsWith("FORBIDDEN")) {
            throw new AssertionError(destination + " refused for another reason: " + error);
        }
        if (receipt.isDone() || !heard.isEmpty()) {
            throw new AssertionError(destination + " was not refused");
        }
    }

    /** True when nothing arrives for a while: the absence of a push is what is being tested. */
    public static boolean quietly(BlockingQueue<?> queue) {
        org.awaitility.Awaitility.await()
                .during(QUIET)
                .atMost(QUIET.plusSeconds(2))
                .until(queue::isEmpty);
        return queue.isEmpty();
    }

    private StompSession session() throws Exception {
        return connected.get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        if (isConnected()) {
            try {
                connected.join().disconnect();
            } catch (RuntimeException alreadyClosedByServer) {
                // the server closes the socket after an ERROR frame; nothing left to say goodbye to
            }
        }
        client.stop();
    }
}
