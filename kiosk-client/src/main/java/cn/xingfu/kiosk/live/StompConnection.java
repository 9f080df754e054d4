package cn.xingfu.kiosk.live;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;

/**
 * A small STOMP 1.2 client over the JDK WebSocket: CONNECT with login/passcode (and HTTP Basic on the handshake),
 * SUBSCRIBE, MESSAGE delivery and 10 s heart-beats both ways. Silence for three heart-beat periods counts as a
 * lost connection. Public for the simulation's kitchen displays, which listen on a canteen's topic.
 */
public final class StompConnection implements WebSocket.Listener {

    private static final long HEARTBEAT_MS = 10_000;

    private final BiConsumer<String, String> onMessage;
    private final Runnable onConnected;
    private final Runnable onLost;
    private final ScheduledExecutorService scheduler;
    private final StringBuilder inbound = new StringBuilder();
    private final AtomicBoolean lost = new AtomicBoolean();
    private final AtomicInteger subscriptions = new AtomicInteger();
    private final Map<String, String> subscribed = new LinkedHashMap<>();
    private volatile WebSocket socket;
    private volatile long lastReceived = System.nanoTime();
    private volatile ScheduledFuture<?> heartbeat;
    private volatile long silenceLimitMs = 3 * HEARTBEAT_MS;
    private final String login;
    private final String passcode;
    private final String host;

    private StompConnection(
            String login,
            String passcode,
            String host,
            BiConsumer<String, String> onMessage,
            Runnable onConnected,
            Runnable onLost,
            ScheduledExecutorService scheduler) {
        this.login = login;
        this.passcode = passcode;
        this.host = host;
        this.onMessage = onMessage;
        this.onConnected = onConnected;
        this.onLost = onLost;
        this.scheduler = scheduler;
    }

    public static CompletableFuture<StompConnection> open(
            HttpClient http,
            URI uri,
            String authorization,
            String login,
            String passcode,
            BiConsumer<String, String> onMessage,
            Runnable onConnected,
            Runnable onLost,
            ScheduledExecutorService scheduler) {
        StompConnection connection =
                new StompConnection(login, passcode, uri.getHost(), onMessage, onConnected, onLost, scheduler);
        return http.newWebSocketBuilder()
                .header("Authorization", authorization)
                .connectTimeout(Duration.ofSeconds(5))
                .buildAsync(uri, connection)
                .thenApply(ws -> connection);
    }

    @Override
    public void onOpen(WebSocket webSocket) {
        this.socket = webSocket;
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("accept-version", "1.2");
        headers.put("host", host);
        headers.put("login", login);
        headers.put("passcode", passcode);
        headers.put("heart-beat", HEARTBEAT_MS + "," + HEARTBEAT_MS);
        send(new StompFrame("CONNECT", headers, ""));
        webSocket.request(1);
    }

    public synchronized void subscribe(String destination) {
        if (subscribed.containsKey(destination)) {
            return;
        }
        String id = "sub-" + subscriptions.incrementAndGet();
        subscribed.put(destination, id);
        send(new StompFrame("SUBSCRIBE", Map.of("id", id, "destination", destination, "ack", "auto"), ""));
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        lastReceived = System.nanoTime();
        synchronized (inbound) {
            inbound.append(data);
            for (StompFrame frame : StompFrame.drain(inbound)) {
                handle(frame);
            }
        }
        webSocket.request(1);
        return null;
    }

    private void handle(StompFrame frame) {
        switch (frame.command()) {
            case "CONNECTED" -> {
                long[] agreed = agreedHeartbeat(frame.header("heart-beat"));
                silenceLimitMs = 3 * agreed[1];
                heartbeat = scheduler.scheduleAtFixedRate(this::beat, agreed[0], agreed[0], TimeUnit.MILLISECONDS);
                onConnected.run();
            }
            case "MESSAGE" -> onMessage.accept(frame.header("destination"), frame.body());
            case "ERROR" -> lose();
            default -> {
                // RECEIPT and anything else: nothing to do
            }
        }
    }

    /**
     * STOMP 1.2 heart-beat negotiation with the server's {@code sx,sy} of CONNECTED: send every max(ours, sy),
     * expect something every max(ours, sx). The service offers a longer period than ours when it serves many kiosks.
     */
    static long[] agreedHeartbeat(String serverHeartbeat) {
        long send = HEARTBEAT_MS;
        long receive = HEARTBEAT_MS;
        if (serverHeartbeat != null && serverHeartbeat.contains(",")) {
            try {
                String[] parts = serverHeartbeat.split(",");
                long sx = Long.parseLong(parts[0].trim());
                long sy = Long.parseLong(parts[1].trim());
                send = sy > 0 ? Math.max(HEARTBEAT_MS, sy) : HEARTBEAT_MS;
                receive = sx > 0 ? Math.max(HEARTBEAT_MS, sx) : HEARTBEAT_MS;
            } catch (NumberFormatException unreadable) {
                // keep ours
            }
        }
        return new long[] {send, receive};
    }

    private void beat() {
        if (System.nanoTime() - lastReceived > TimeUnit.MILLISECONDS.toNanos(silenceLimitMs)) {
            lose();
            return;
        }
        sendRaw("\n");
    }

    private void send(StompFrame frame) {
        sendRaw(frame.encode());
    }

    private synchronized void sendRaw(String text) {
        WebSocket ws = socket;
        if (ws == null || ws.isOutputClosed()) {
            return;
        }
        // the JDK WebSocket allows one outstanding send; join keeps frames whole and in order
        try {
            ws.sendText(text, true).join();
        } catch (RuntimeException e) {
            lose();
        }
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        lose();
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        lose();
    }

    public void close() {
        lost.set(true);
        stopHeartbeat();
        WebSocket ws = socket;
        if (ws != null) {
            ws.abort();
        }
    }

    private void lose() {
        if (lost.compareAndSet(false, true)) {
            stopHeartbeat();
            WebSocket ws = socket;
            if (ws != null) {
                ws.abort();
            }
            onLost.run();
        }
    }

    private void stopHeartbeat() {
        ScheduledFuture<?> beat = heartbeat;
        if (beat != null) {
            beat.cancel(false);
        }
    }
}
