package cn.xingfu.canteen.live;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.jspecify.annotations.Nullable;

/**
 * A WebSocket that speaks STOMP by hand, so a test can send what no STOMP library would: broken frames, frames
 * split or oversized, garbage bytes. Frames the server sends land in {@link #frames}; {@link #closed} completes with
 * the close code when the server closes.
 */
final class RawStompSocket implements WebSocket.Listener, AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(10);

    final BlockingQueue<String> frames = new LinkedBlockingQueue<>();
    final CompletableFuture<Integer> closed = new CompletableFuture<>();

    private final StringBuilder partial = new StringBuilder();
    private final WebSocket socket;

    private RawStompSocket(int port, @Nullable String username, @Nullable String password) throws Exception {
        WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder();
        if (username != null) {
            builder.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        socket = builder.buildAsync(URI.create("ws://localhost:" + port + "/ws"), this)
                .get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    /** Signed in on the handshake with HTTP Basic. */
    static RawStompSocket signedIn(int port, String username, String password) throws Exception {
        return new RawStompSocket(port, username, password);
    }

    /** An anonymous handshake: the client must sign in with CONNECT headers. */
    static RawStompSocket anonymous(int port) throws Exception {
        return new RawStompSocket(port, null, null);
    }

    /** A frame: command, headers as {@code name:value} lines, an empty line, the body and the NUL. */
    static String frame(String command, String body, String... headers) {
        return command + "\n" + String.join("\n", headers) + (headers.length > 0 ? "\n" : "") + "\n" + body + "\0";
    }

    static String connect(String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "accept-version:1.2";
        all[1] = "host:localhost";
        System.arraycopy(headers, 0, all, 2, headers.length);
        return frame("CONNECT", "", all);
    }

    /** Sends CONNECT and waits for CONNECTED. */
    RawStompSocket connected(String... headers) throws Exception {
        send(connect(headers));
        String answer = frames.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
        if (answer == null || !answer.startsWith("CONNECTED")) {
            throw new AssertionError("not connected: " + answer);
        }
        return this;
    }

    /** One WebSocket text message; true when it went out (the server may already have closed). */
    boolean send(String text) {
        return sendParts(text);
    }

    /** Several WebSocket messages, one after another (a STOMP frame may be split across them). */
    boolean sendParts(String... parts) {
        try {
            for (String part : parts) {
                socket.sendText(part, true).get(WAIT.toSeconds(), TimeUnit.SECONDS);
            }
            return true;
        } catch (Exception refused) {
            return false;
        }
    }

    boolean sendBinary(byte[] bytes) {
        try {
            socket.sendBinary(ByteBuffer.wrap(bytes), true).get(WAIT.toSeconds(), TimeUnit.SECONDS);
            return true;
        } catch (Exception refused) {
            return false;
        }
    }

    /**
     * Waits until the server refuses: an ERROR frame or the connection closed.
     *
     * @return the ERROR frame, or {@code "closed <code>"} when only the closing was seen
     */
    String refusal() {
        Awaitility.await()
                .atMost(WAIT)
                .until(() -> frames.stream().anyMatch(f -> f.startsWith("ERROR")) || closed.isDone());
        return frames.stream()
                .filter(f -> f.startsWith("ERROR"))
                .findFirst()
                .orElseGet(() -> "closed " + closed.join());
    }

    /** The {@code message} header of a frame. */
    static String messageOf(String frame) {
        for (String line : frame.split("\n")) {
            if (line.startsWith("message:")) {
                return line.substring("message:".length());
            }
        }
        return "";
    }

    @Override
    public void onOpen(WebSocket webSocket) {
        webSocket.request(1);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            frames.add(partial.toString());
            partial.setLength(0);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed.complete(statusCode);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closed.complete(-1);
    }

    /** Says goodbye the way a client should, so the server is not left writing to a socket nobody reads. */
    @Override
    public void close() {
        if (closed.isDone()) {
            return;
        }
        try {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "").get(WAIT.toSeconds(), TimeUnit.SECONDS);
            closed.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception noAnswer) {
            socket.abort();
        }
    }
}
