package cn.xingfu.canteen.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/**
 * One screen (kiosk, kitchen display, pickup board) for the push benchmark: a minimal STOMP 1.2 client over the
 * JDK WebSocket, many of them on one {@link HttpClient}. CONNECT with login and passcode (HTTP Basic on the
 * handshake), SUBSCRIBE to its destinations once CONNECTED, hand each MESSAGE body on, heart-beat when told.
 */
final class StompScreen implements WebSocket.Listener {

    private final String login;
    private final String passcode;
    private final List<String> destinations;
    private final Consumer<String> onMessage;
    private final CompletableFuture<StompScreen> subscribed = new CompletableFuture<>();
    private final StringBuilder inbound = new StringBuilder();
    private CompletableFuture<WebSocket> sending;
    private volatile WebSocket socket;
    private volatile boolean closed;

    private StompScreen(String login, String passcode, List<String> destinations, Consumer<String> onMessage) {
        this.login = login;
        this.passcode = passcode;
        this.destinations = destinations;
        this.onMessage = onMessage;
    }

    /** Completes once CONNECTED arrived and the SUBSCRIBE frames went out. */
    static CompletableFuture<StompScreen> open(
            HttpClient http,
            URI ws,
            String login,
            String passcode,
            List<String> destinations,
            Consumer<String> onMessage) {
        StompScreen screen = new StompScreen(login, passcode, destinations, onMessage);
        String basic = "Basic "
                + Base64.getEncoder().encodeToString((login + ":" + passcode).getBytes(StandardCharsets.UTF_8));
        http.newWebSocketBuilder()
                .header("Authorization", basic)
                .connectTimeout(Duration.ofSeconds(30))
                .buildAsync(ws, screen)
                .whenComplete((socket, error) -> {
                    if (error != null) {
                        screen.subscribed.completeExceptionally(error);
                    }
                });
        return screen.subscribed;
    }

    @Override
    public void onOpen(WebSocket webSocket) {
        socket = webSocket;
        sending = CompletableFuture.completedFuture(webSocket);
        send("CONNECT\naccept-version:1.2\nhost:localhost\nlogin:" + login + "\npasscode:" + passcode
                + "\nheart-beat:10000,10000\n\n\0");
        webSocket.request(1);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        inbound.append(data);
        int end;
        while ((end = inbound.indexOf("\0")) >= 0) {
            String frame = inbound.substring(0, end);
            inbound.delete(0, end + 1);
            frame(frame.stripLeading());
        }
        webSocket.request(1);
        return null;
    }

    private void frame(String frame) {
        if (frame.startsWith("MESSAGE")) {
            int body = frame.indexOf("\n\n");
            onMessage.accept(body < 0 ? "" : frame.substring(body + 2));
        } else if (frame.startsWith("CONNECTED")) {
            for (int i = 0; i < destinations.size(); i++) {
                send("SUBSCRIBE\nid:s" + i + "\ndestination:" + destinations.get(i) + "\nack:auto\n\n\0");
            }
            subscribed.complete(this);
        } else if (frame.startsWith("ERROR")) {
            subscribed.completeExceptionally(new IllegalStateException(frame));
            closed = true;
        }
    }

    /** The client's heart-beat: an end of line. */
    void beat() {
        if (!closed) {
            send("\n");
        }
    }

    boolean open() {
        WebSocket ws = socket;
        return !closed && ws != null && !ws.isInputClosed() && !ws.isOutputClosed();
    }

    /** One send at a time, as the JDK WebSocket wants: each waits for the one before. */
    private synchronized void send(String text) {
        sending = sending.thenCompose(ws -> ws.sendText(text, true)).exceptionally(error -> {
            closed = true;
            return socket;
        });
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed = true;
        subscribed.completeExceptionally(new IllegalStateException("closed " + statusCode + " " + reason));
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closed = true;
        subscribed.completeExceptionally(error);
    }

    void close() {
        closed = true;
        WebSocket ws = socket;
        if (ws != null) {
            ws.abort();
        }
    }
}
