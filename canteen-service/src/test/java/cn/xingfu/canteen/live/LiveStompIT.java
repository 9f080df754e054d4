package cn.xingfu.canteen.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.xingfu.canteen.ordering.OrderProgress;
import cn.xingfu.canteen.ordering.OrderStatus;
import cn.xingfu.canteen.shared.Channel;
import cn.xingfu.canteen.support.StompProbe;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.socket.WebSocketHttpHeaders;
import tools.jackson.databind.JsonNode;

/** The live push end to end: a real STOMP client against the service on a random port. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LiveStompIT {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    OrderProgress progress;

    @Autowired
    TransactionTemplate transactions;

    LiveWorld world;

    @BeforeAll
    void createWorld() {
        world = LiveWorld.create(context, port);
    }

    @Test
    void staffReceiveTheSnapshotOfAnOrderPlacedOverRestAndCatchUpAfterAReconnect() throws Exception {
        JsonNode placed;
        String asOfBeforeDisconnect;
        try (StompProbe kitchen = StompProbe.withBasic(
                        port, world.staffA().username(), world.staffA().password());
                StompProbe otherCanteen = StompProbe.withBasic(
                        port, world.staffB().username(), world.staffB().password())) {
            BlockingQueue<JsonNode> orders = kitchen.subscribe(LiveDestinations.canteenOrders(world.canteenA()));
            BlockingQueue<JsonNode> board = kitchen.subscribe(LiveDestinations.canteenBoard(world.canteenA()));
            BlockingQueue<JsonNode> elsewhere =
                    otherCanteen.subscribe(LiveDestinations.canteenOrders(world.canteenB()));

            placed = world.placeStaffOrder(world.staffA(), Channel.TAKEAWAY);

            JsonNode pushed = orders.poll(StompProbe.WAIT.toSeconds(), TimeUnit.SECONDS);
            assertThat(pushed).isNotNull();
            assertThat(pushed.get("orderId").asLong())
                    .isEqualTo(placed.get("orderId").asLong());
            assertThat(pushed.get("orderNumber").asString())
                    .isEqualTo(placed.get("orderNumber").asString());
            assertThat(pushed.get("canteenId").asLong()).isEqualTo(world.canteenA());
            assertThat(pushed.get("status").asString()).isEqualTo("PLACED");
            assertThat(pushed.get("statusZh").asString()).isEqualTo("已下单");
            assertThat(pushed.get("statusEn").asString()).isEqualTo("Placed");
            assertThat(pushed.get("channel").asString()).isEqualTo("TAKEAWAY");
            assertThat(pushed.get("period").asString()).isEqualTo(world.period().name());
            assertThat(pushed.get("serviceDate").asString())
                    .isEqualTo(world.today().toString());
            assertThat(pushed.get("version").asLong())
                    .isEqualTo(placed.get("version").asLong());
            assertThat(pushed.get("lines").get(0).get("name").asString()).isEqualTo(world.dishName());
            assertThat(pushed.get("dietaryFlags").toString()).contains("SOFT");
            assertThat(pushed.has("updatedAt")).isTrue();

            JsonNode entry = board.poll(StompProbe.WAIT.toSeconds(), TimeUnit.SECONDS);
            assertThat(entry).isNotNull();
            assertThat(entry.get("orderNumber").asString())
                    .isEqualTo(placed.get("orderNumber").asString());
            assertThat(entry.has("maskedName"))
                    .as("the board carries no personal data")
                    .isFalse();
            assertThat(entry.has("seniorId")).isFalse();

            assertThat(StompProbe.quietly(elsewhere))
                    .as("another canteen hears nothing")
                    .isTrue();
            asOfBeforeDisconnect = world.rest(world.staffA())
                    .get()
                    .uri("/api/live/canteens/{id}/orders?since={since}", world.canteenA(), "2020-01-01T00:00:00Z")
                    .retrieve()
                    .body(JsonNode.class)
                    .get("asOf")
                    .asString();
        }

        // while the display is away the order moves on; after reconnecting it catches up over REST
        long orderId = placed.get("orderId").asLong();
        world.advance(world.staffA(), orderId, OrderStatus.PREPARING);
        try (StompProbe kitchen = StompProbe.withBasic(
                port, world.staffA().username(), world.staffA().password())) {
            BlockingQueue<JsonNode> orders = kitchen.subscribe(LiveDestinations.canteenOrders(world.canteenA()));
            JsonNode changes = world.rest(world.staffA())
                    .get()
                    .uri("/api/live/canteens/{id}/orders?since={since}", world.canteenA(), asOfBeforeDisconnect)
                    .retrieve()
                    .body(JsonNode.class);
            JsonNode caughtUp = find(changes.get("orders"), orderId);
            assertThat(caughtUp).as("the change made while away").isNotNull();
            assertThat(caughtUp.get("status").asString()).isEqualTo("PREPARING");
            assertThat(caughtUp.get("version").asLong())
                    .isGreaterThan(placed.get("version").asLong());

            world.advance(world.staffA(), orderId, OrderStatus.READY);
            // the PREPARING push may still have been on its way through the broker when this subscription began:
            // a snapshot no older than the caught-up one is harmless (clients keep the highest version)
            JsonNode ready = orders.poll(StompProbe.WAIT.toSeconds(), TimeUnit.SECONDS);
            while (ready != null && !"READY".equals(ready.get("status").asString())) {
                assertThat(ready.get("version").asLong())
                        .as("no snapshot older than the catch-up")
                        .isGreaterThanOrEqualTo(caughtUp.get("version").asLong());
                ready = orders.poll(StompProbe.WAIT.toSeconds(), TimeUnit.SECONDS);
            }
            assertThat(ready).as("the READY push").isNotNull();
            assertThat(ready.get("version").asLong())
                    .isGreaterThan(caughtUp.get("version").asLong());
        }
    }

    @Test
    void aKioskSignsInWithConnectHeadersAndHearsItsOwnOrders() throws Exception {
        try (StompProbe kiosk = StompProbe.withLogin(
                        port, world.kioskA().username(), world.kioskA().password());
                StompProbe otherKiosk = StompProbe.withLogin(
                        port, world.kioskA2().username(), world.kioskA2().password())) {
            BlockingQueue<JsonNode> mine =
                    kiosk.subscribe(LiveDestinations.kioskOrders(world.kioskA().id()));
            BlockingQueue<JsonNode> theirs = otherKiosk.subscribe(
                    LiveDestinations.kioskOrders(world.kioskA2().id()));

            JsonNode placed = world.placeKioskOrder(world.kioskA());

            JsonNode pushed = mine.poll(StompProbe.WAIT.toSeconds(), TimeUnit.SECONDS);
            assertThat(pushed).isNotNull();
            assertThat(pushed.get("orderId").asLong())
                    .isEqualTo(placed.get("orderId").asLong());
            assertThat(pushed.get("kioskId").asLong()).isEqualTo(world.kioskA().id());
            BlockingQueue<JsonNode> single =
                    kiosk.subscribe(LiveDestinations.order(placed.get("orderId").asLong()));

            world.advance(world.staffA(), placed.get("orderId").asLong(), OrderStatus.PREPARING);
            JsonNode preparing = single.poll(StompProbe.WAIT.toSeconds(), TimeUnit.SECONDS);
            assertThat(preparing.get("status").asString()).isEqualTo("PREPARING");
            assertThat(mine.poll(StompProbe.WAIT.toSeconds(), TimeUnit.SECONDS)
                            .get("status")
                            .asString())
                    .isEqualTo("PREPARING");
            assertThat(StompProbe.quietly(theirs))
                    .as("another kiosk of the same canteen hears nothing")
                    .isTrue();
        }
    }

    @Test
    void aKioskCannotListenToAnotherCanteenOrKioskOrToItsCanteensOrderStream() throws Exception {
        for (String forbidden : new String[] {
            LiveDestinations.canteenMenu(world.canteenB()),
            LiveDestinations.canteenOrders(world.canteenB()),
            LiveDestinations.canteenOrders(world.canteenA()),
            LiveDestinations.kioskOrders(world.kioskB().id()),
            LiveDestinations.kioskOrders(world.kioskA2().id()),
            "/topic/everything"
        }) {
            try (StompProbe kiosk = StompProbe.withBasic(
                    port, world.kioskA().username(), world.kioskA().password())) {
                CompletableFuture<Boolean> receipt = new CompletableFuture<>();
                BlockingQueue<JsonNode> heard = kiosk.subscribeNoWait(forbidden, receipt);
                StompHeaders error = kiosk.refusal();
                if (error != null) {
                    assertThat(error.getFirst("message")).as(forbidden).startsWith("FORBIDDEN");
                }
                assertThat(receipt).isNotCompleted();
                assertThat(heard).isEmpty();
            }
        }
        // the same kiosk may listen to its own canteen's menu
        try (StompProbe kiosk = StompProbe.withBasic(
                port, world.kioskA().username(), world.kioskA().password())) {
            kiosk.subscribe(LiveDestinations.canteenMenu(world.canteenA()));
            assertThat(kiosk.errors).isEmpty();
        }
    }

    @Test
    void aWrongPasscodeOrNoLoginIsRefusedOnConnect() {
        StompProbe wrong = StompProbe.attempt(
                port,
                new WebSocketHttpHeaders(),
                StompProbe.login(world.kioskA().username(), "not-the-passcode"));
        assertThatThrownBy(() -> wrong.connected().get(StompProbe.WAIT.toSeconds(), TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class);
        assertThat(wrong.errors.peek()).isNotNull();
        assertThat(wrong.errors.peek().getFirst("message")).startsWith("UNAUTHORIZED");
        wrong.close();

        StompProbe anonymous = StompProbe.attempt(port, new WebSocketHttpHeaders(), new StompHeaders());
        assertThatThrownBy(() -> anonymous.connected().get(StompProbe.WAIT.toSeconds(), TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class);
        anonymous.close();

        StompProbe badBasic =
                StompProbe.attempt(port, StompProbe.basic(world.staffA().username(), "wrong"), new StompHeaders());
        assertThatThrownBy(() -> badBasic.connected().get(StompProbe.WAIT.toSeconds(), TimeUnit.SECONDS))
                .as("the handshake itself is refused with 401")
                .isInstanceOf(ExecutionException.class);
        badBasic.close();
    }

    @Test
    void aChangeThatIsRolledBackIsNeverPushed() throws Exception {
        JsonNode placed = world.placeStaffOrder(world.staffA(), Channel.DINE_IN);
        long orderId = placed.get("orderId").asLong();
        try (StompProbe kitchen = StompProbe.withBasic(
                port, world.staffA().username(), world.staffA().password())) {
            BlockingQueue<JsonNode> single = kitchen.subscribe(LiveDestinations.order(orderId));

            // OrderChanged is published inside this transaction, which then rolls back
            transactions.executeWithoutResult(status -> {
                progress.advance(
                        orderId,
                        OrderStatus.PREPARING,
                        "rolled back",
                        world.staffA().actor());
                status.setRollbackOnly();
            });

            // the placement's own PLACED snapshot is pushed after its commit and may still be on its way when the
            // subscription starts (seen on a loaded machine): harmless; the rolled-back PREPARING must never come
            Awaitility.await()
                    .during(Duration.ofMillis(1500))
                    .atMost(Duration.ofSeconds(4))
                    .until(() -> single.stream()
                            .allMatch(m -> "PLACED".equals(m.get("status").asString())));
            single.clear();
            assertThat(world.rest(world.staffA())
                            .get()
                            .uri("/api/orders/{id}", orderId)
                            .retrieve()
                            .body(JsonNode.class)
                            .get("status")
                            .asString())
                    .isEqualTo("PLACED");

            world.advance(world.staffA(), orderId, OrderStatus.PREPARING);
            JsonNode pushed = single.poll(StompProbe.WAIT.toSeconds(), TimeUnit.SECONDS);
            assertThat(pushed.get("status").asString()).isEqualTo("PREPARING");
            assertThat(pushed.get("version").asLong())
                    .isEqualTo(placed.get("version").asLong() + 1);
        }
    }

    @Test
    void clientsCannotSendToATopic() throws Exception {
        try (StompProbe listener = StompProbe.withBasic(
                        port, world.staffA().username(), world.staffA().password());
                StompProbe kiosk = StompProbe.withBasic(
                        port, world.kioskA().username(), world.kioskA().password())) {
            BlockingQueue<JsonNode> menu = listener.subscribe(LiveDestinations.canteenMenu(world.canteenA()));

            kiosk.send(LiveDestinations.canteenMenu(world.canteenA()), Map.of("soldOut", true));

            StompHeaders error = kiosk.refusal();
            if (error != null) {
                assertThat(error.getFirst("message")).startsWith("FORBIDDEN");
            }
            assertThat(StompProbe.quietly(menu)).isTrue();
        }
    }

    @Test
    void aFrameLargerThanTheMessageBufferArrivesInPiecesAndOneOverTheLimitIsRefusedCleanly() throws Exception {
        String destination = LiveDestinations.kioskOrders(world.kioskA().id());
        try (RawStomp kiosk =
                RawStomp.connect(port, world.kioskA().username(), world.kioskA().password())) {
            // 4 KB: four times Tomcat's 1 KB message buffer per session, well under the 8 KB frame limit
            kiosk.send("SUBSCRIBE\nid:s1\ndestination:" + destination + "\nreceipt:r1\nfiller:" + "x".repeat(4000)
                    + "\n\n\0");
            assertThat(kiosk.nextFrame()).as("a frame in pieces is joined").startsWith("RECEIPT\nreceipt-id:r1");

            kiosk.send("SUBSCRIBE\nid:s2\ndestination:" + destination + "\nreceipt:r2\nfiller:" + "x".repeat(20_000)
                    + "\n\n\0");
            String error = kiosk.nextFrame();
            assertThat(error).startsWith("ERROR").contains("message:TOO_BIG");
            assertThat(kiosk.closed.get(StompProbe.WAIT.toSeconds(), TimeUnit.SECONDS))
                    .as("closed as a protocol error")
                    .isEqualTo(1002);
        }

        // the service is unharmed and the kiosk, reconnecting, hears its orders again
        try (StompProbe kiosk = StompProbe.withBasic(
                port, world.kioskA().username(), world.kioskA().password())) {
            BlockingQueue<JsonNode> mine = kiosk.subscribe(destination);
            JsonNode placed = world.placeKioskOrder(world.kioskA());
            JsonNode pushed = mine.poll(StompProbe.WAIT.toSeconds(), TimeUnit.SECONDS);
            assertThat(pushed).isNotNull();
            assertThat(pushed.get("orderId").asLong())
                    .isEqualTo(placed.get("orderId").asLong());
        }
    }

    @Test
    void everyConnectionGetsTheSmallBuffersThatWereConfigured() {
        // 10,000 idle kiosks fit in a 1 GiB heap only with these (docs/performance.md)
        assertThat(System.getProperty(ConnectionBuffers.WEBSOCKET_IO_BUFFER_PROPERTY))
                .isEqualTo("2048");
        var connector = ((TomcatWebServer) ((WebServerApplicationContext) context).getWebServer())
                .getTomcat()
                .getConnector();
        assertThat(connector.getProperty("socket.appReadBufSize")).hasToString("2048");
        assertThat(connector.getProperty("socket.appWriteBufSize")).hasToString("2048");
    }

    /** STOMP by hand over the JDK WebSocket, to send frames no well-behaved client library would. */
    private static final class RawStomp implements WebSocket.Listener, AutoCloseable {

        final CompletableFuture<Integer> closed = new CompletableFuture<>();
        private final BlockingQueue<String> frames = new LinkedBlockingQueue<>();
        private final StringBuilder inbound = new StringBuilder();
        private WebSocket socket;

        static RawStomp connect(int port, String username, String password) throws Exception {
            RawStomp stomp = new RawStomp();
            String basic =
                    Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
            stomp.socket = HttpClient.newHttpClient()
                    .newWebSocketBuilder()
                    .header("Authorization", "Basic " + basic)
                    .buildAsync(URI.create("ws://localhost:" + port + "/ws"), stomp)
                    .get(StompProbe.WAIT.toSeconds(), TimeUnit.SECONDS);
            stomp.send("CONNECT\naccept-version:1.2\nhost:localhost\nheart-beat:0,0\n\n\0");
            assertThat(stomp.nextFrame()).startsWith("CONNECTED");
            return stomp;
        }

        void send(String frame) throws Exception {
            socket.sendText(frame, true).get(StompProbe.WAIT.toSeconds(), TimeUnit.SECONDS);
        }

        String nextFrame() throws InterruptedException {
            String frame = frames.poll(StompProbe.WAIT.toSeconds(), TimeUnit.SECONDS);
            assertThat(frame).as("a frame from the service").isNotNull();
            return frame;
        }

        @Override
        public void onOpen(WebSocket webSocket) {
            webSocket.request(1);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            inbound.append(data);
            for (int end = inbound.indexOf("\0"); end >= 0; end = inbound.indexOf("\0")) {
                String frame = inbound.substring(0, end).stripLeading();
                inbound.delete(0, end + 1);
                if (!frame.isEmpty()) {
                    frames.add(frame);
                }
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
            closed.completeExceptionally(error);
        }

        @Override
        public void close() {
            socket.abort();
        }
    }

    private static JsonNode find(JsonNode orders, long orderId) {
        for (int i = 0; i < orders.size(); i++) {
            if (orders.get(i).get("orderId").asLong() == orderId) {
                return orders.get(i);
            }
        }
        return null;
    }
}
