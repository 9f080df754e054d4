package cn.xingfu.canteen.live;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import cn.xingfu.canteen.ordering.OrderStatus;
import cn.xingfu.canteen.shared.Channel;
import cn.xingfu.canteen.support.StompProbe;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.messaging.simp.stomp.StompHeaders;
import tools.jackson.databind.JsonNode;

/**
 * Hostile STOMP clients (issue 11, "Bad input", the STOMP endpoint): broken and oversized frames over a raw
 * WebSocket, subscriptions to another canteen's or kiosk's topics and to patterns, SENDs of every kind, missing and
 * forged credentials, very long Unicode headers. Each must end in an ERROR frame or a closed session, never in a
 * push to the wrong listener or an error in the service's log, and the service must go on serving the sessions that
 * behave.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StompBadFramesIT {

    /** 2,000 UTF-16 units of Chinese, emoji and right-to-left text: a long header that still fits one message. */
    private static final String LONG_UNICODE = "老人👵🏽‎مرحبا‏שלום\u202e".repeat(110);

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    private LiveWorld world;
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    @BeforeAll
    void createWorldAndWatchTheLog() {
        world = LiveWorld.create(context, port);
        log.start();
        root.addAppender(log);
    }

    @AfterAll
    void stopWatching() {
        root.detachAppender(log);
    }

    /** What the service logged at ERROR since the test began: a hostile client is no server error. */
    private List<String> errorsLogged() {
        List<String> errors = new ArrayList<>();
        for (ILoggingEvent event : List.copyOf(log.list)) {
            if (event.getLevel().isGreaterOrEqual(Level.ERROR)) {
                errors.add(event.getLoggerName() + ": " + event.getFormattedMessage());
            }
        }
        return errors;
    }

    private String subscribe(String destination) {
        return RawStompSocket.frame("SUBSCRIBE", "", "id:sub-1", "destination:" + destination, "receipt:r-1");
    }

    @Test
    void brokenAndOversizedFramesEndInAnErrorAndTheServiceServesOthers() throws Exception {
        // the senders are staff of canteen B and the frames name B's own menu: a refusal can only be about the frame
        String canteenMenu = LiveDestinations.canteenMenu(world.canteenB());
        Map<String, List<String>> hostile = new LinkedHashMap<>();
        hostile.put("garbage after CONNECT in the same message", List.of(RawStompSocket.connect() + "GARBAGE\n\n\0"));
        hostile.put("unknown command", List.of("HELLO\n\n\0"));
        hostile.put("header without a colon", List.of("SUBSCRIBE\nid:1\ndestination\n\n\0"));
        hostile.put(
                "content-length not a number",
                List.of(RawStompSocket.frame(
                        "SUBSCRIBE", "", "id:1", "destination:" + canteenMenu, "content-length:abc")));
        hostile.put(
                "content-length shorter than the body",
                List.of(RawStompSocket.frame(
                        "SUBSCRIBE", "xyz", "id:1", "destination:" + canteenMenu, "content-length:1")));
        hostile.put("SUBSCRIBE without a destination", List.of(RawStompSocket.frame("SUBSCRIBE", "", "id:1")));
        hostile.put("invalid header escape", List.of("SUBSCRIBE\nid:1\ndestination:/topic/\\q\n\n\0"));
        hostile.put("lower-case command", List.of("subscribe\nid:1\ndestination:" + canteenMenu + "\n\n\0"));
        hostile.put(
                "one frame of 200 KB",
                List.of(RawStompSocket.frame("SUBSCRIBE", "x".repeat(200_000), "id:1", "destination:" + canteenMenu)));
        // each WebSocket message small, the STOMP frame they add up to over the frame limit (8 KB)
        List<String> split = new ArrayList<>();
        split.add("SUBSCRIBE\nid:1\ndestination:" + canteenMenu + "\n\n");
        for (int i = 0; i < 12; i++) {
            split.add("y".repeat(7_000));
        }
        hostile.put("a frame of 84 KB split over 13 messages", split);

        try (StompProbe bystander = StompProbe.withBasic(
                port, world.staffA().username(), world.staffA().password())) {
            BlockingQueue<JsonNode> orders = bystander.subscribe(LiveDestinations.canteenOrders(world.canteenA()));
            Map<String, String> answers = new LinkedHashMap<>();
            for (Map.Entry<String, List<String>> frame : hostile.entrySet()) {
                try (RawStompSocket socket = RawStompSocket.signedIn(
                        port, world.staffB().username(), world.staffB().password())) {
                    if (!frame.getKey().startsWith("garbage after CONNECT")) {
                        socket.connected();
                    }
                    socket.sendParts(frame.getValue().toArray(String[]::new));
                    String refusal = socket.refusal();
                    answers.put(frame.getKey(), refusal);
                    assertThat(refusal).as(frame.getKey()).matches("(?s)(ERROR.*|closed .*)");
                    assertThat(socket.frames).as(frame.getKey()).noneMatch(f -> f.startsWith("RECEIPT"));
                }
            }
            try (RawStompSocket socket = RawStompSocket.signedIn(
                    port, world.staffB().username(), world.staffB().password())) {
                socket.connected();
                byte[] garbage = new byte[4096];
                ThreadLocalRandom.current().nextBytes(garbage);
                garbage[0] = (byte) 0xFF;
                socket.sendBinary(garbage);
                answers.put("4 KB of random bytes", socket.refusal());
            }
            // the session that behaved was never disturbed
            JsonNode placed = world.placeStaffOrder(world.staffA(), Channel.TAKEAWAY);
            JsonNode pushed = orders.poll(StompProbe.WAIT.toSeconds(), TimeUnit.SECONDS);
            assertThat(pushed).as("the bystander's push").isNotNull();
            assertThat(pushed.get("orderId").asLong())
                    .isEqualTo(placed.get("orderId").asLong());
            System.out.printf("STOMP bad frames: %s%n", answers);
        }
        assertNewSessionsWork();
        assertThat(errorsLogged()).isEmpty();
    }

    @Test
    void anotherCanteensOrKiosksTopicsAndPatternsAreRefusedAndNothingLeaks() throws Exception {
        JsonNode anOrderOfA = world.placeStaffOrder(world.staffA(), Channel.DINE_IN);
        long a = world.canteenA();
        List<String> forStaffOfB = List.of(
                LiveDestinations.canteenOrders(a),
                LiveDestinations.canteenBoard(a),
                LiveDestinations.canteenAlerts(a),
                LiveDestinations.canteenMenu(a),
                LiveDestinations.kioskOrders(world.kioskA().id()),
                LiveDestinations.order(anOrderOfA.get("orderId").asLong()),
                "/topic/canteens/" + world.canteenB() + "/../" + a + "/orders",
                "/topic/canteens/*/orders",
                "/topic/canteens/**",
                "/topic/**",
                "/topic/canteens/" + a + "/orders?x=1",
                "/topic/canteens/0" + a + "/orders",
                "/topic/orders/99999999999999999999",
                "/queue/canteens/" + a + "/orders",
                "/user/queue/errors",
                "/app/orders",
                "/topic/canteens/" + LONG_UNICODE + "/orders");
        List<String> forKioskOfB = List.of(
                LiveDestinations.kioskOrders(world.kioskA().id()),
                LiveDestinations.canteenMenu(a),
                LiveDestinations.canteenOrders(world.canteenB()));
        List<BlockingQueue<JsonNode>> heard = new ArrayList<>();
        Map<String, String> answers = new LinkedHashMap<>();
        for (String destination : forStaffOfB) {
            refusedToSubscribe(world.staffB(), destination, heard, answers);
        }
        for (String destination : forKioskOfB) {
            refusedToSubscribe(world.kioskB(), destination, heard, answers);
        }
        // A's kitchen and kiosk go on as usual: nothing of it may reach B's people
        JsonNode kioskOrder = world.placeKioskOrder(world.kioskA());
        world.advance(world.staffA(), anOrderOfA.get("orderId").asLong(), OrderStatus.PREPARING);
        world.advance(world.staffA(), kioskOrder.get("orderId").asLong(), OrderStatus.PREPARING);
        // the pushes of those changes take milliseconds; a second and a half of silence on every refused
        // subscription shows none of them went there
        Thread.sleep(1500);
        assertThat(heard).allMatch(BlockingQueue::isEmpty);
        System.out.printf("STOMP unauthorised subscriptions: %s%n", answers);
        assertNewSessionsWork();
        assertThat(errorsLogged()).isEmpty();
    }

    private void refusedToSubscribe(
            LiveWorld.Login who, String destination, List<BlockingQueue<JsonNode>> heard, Map<String, String> answers)
            throws Exception {
        StompProbe probe = StompProbe.withBasic(port, who.username(), who.password());
        CompletableFuture<Boolean> receipt = new CompletableFuture<>();
        BlockingQueue<JsonNode> queue = probe.subscribeNoWait(destination, receipt);
        StompHeaders error = probe.refusal();
        String what = who.username() + " -> " + clip(destination);
        answers.put(what, error == null ? "closed" : error.getFirst("message"));
        if (error != null) {
            assertThat(error.getFirst("message")).as(what).startsWith("FORBIDDEN");
        }
        assertThat(receipt).as(what).isNotCompleted();
        heard.add(queue);
        probe.close();
    }

    @Test
    void sendsOfEveryKindMissingOrForgedCredentialsAndLongHeadersAreRefused() throws Exception {
        String menuA = LiveDestinations.canteenMenu(world.canteenA());
        Map<String, String> answers = new LinkedHashMap<>();
        try (StompProbe listener = StompProbe.withBasic(
                port, world.staffA().username(), world.staffA().password())) {
            BlockingQueue<JsonNode> menu = listener.subscribe(menuA);
            BlockingQueue<JsonNode> kioskTopic = listener.subscribe(
                    LiveDestinations.kioskOrders(world.kioskA().id()));
            Map<String, String> sends = new LinkedHashMap<>();
            sends.put(
                    "staff to a topic of the own canteen",
                    RawStompSocket.frame(
                            "SEND", "{\"soldOut\":true}", "destination:" + menuA, "content-type:application/json"));
            sends.put(
                    "staff to an app destination",
                    RawStompSocket.frame("SEND", "{}", "destination:/app/orders", "content-type:application/json"));
            sends.put(
                    "staff as XML",
                    RawStompSocket.frame(
                            "SEND", "<soldOut>true</soldOut>", "destination:" + menuA, "content-type:application/xml"));
            sends.put(
                    "staff as a serialised Java object",
                    RawStompSocket.frame(
                            "SEND",
                            "\u00ac\u00ed\u0000\u0005sr",
                            "destination:" + menuA,
                            "content-type:application/x-java-serialized-object"));
            sends.put(
                    "staff to a kiosk's topic",
                    RawStompSocket.frame(
                            "SEND",
                            "{\"status\":\"READY\"}",
                            "destination:"
                                    + LiveDestinations.kioskOrders(
                                            world.kioskA().id())));
            sends.put(
                    "staff with a 2,000-character Unicode header",
                    RawStompSocket.frame("SEND", "{}", "destination:" + menuA, "x-note:" + LONG_UNICODE));
            for (Map.Entry<String, String> send : sends.entrySet()) {
                try (RawStompSocket socket = RawStompSocket.signedIn(
                        port, world.staffA().username(), world.staffA().password())) {
                    socket.connected();
                    socket.send(send.getValue());
                    String refusal = socket.refusal();
                    answers.put(
                            send.getKey(), refusal.startsWith("ERROR") ? RawStompSocket.messageOf(refusal) : refusal);
                    if (refusal.startsWith("ERROR")) {
                        assertThat(RawStompSocket.messageOf(refusal))
                                .as(send.getKey())
                                .startsWith("FORBIDDEN");
                    }
                }
            }
            try (RawStompSocket kiosk = RawStompSocket.signedIn(
                    port, world.kioskA().username(), world.kioskA().password())) {
                kiosk.connected();
                kiosk.send(RawStompSocket.frame("SEND", "{\"soldOut\":true}", "destination:" + menuA));
                String refusal = kiosk.refusal();
                answers.put("kiosk to its canteen's menu", refusal);
                if (refusal.startsWith("ERROR")) {
                    assertThat(RawStompSocket.messageOf(refusal)).startsWith("FORBIDDEN");
                }
            }

            Map<String, String> connects = new LinkedHashMap<>();
            connects.put("no credentials at all", RawStompSocket.connect());
            connects.put(
                    "a forged passcode",
                    RawStompSocket.connect(
                            "login:" + world.kioskB().username(),
                            "passcode:forged-" + world.kioskB().password()));
            connects.put("an unknown login", RawStompSocket.connect("login:nobody-here", "passcode:x"));
            connects.put(
                    "a Unicode login of 2,000 characters",
                    RawStompSocket.connect("login:" + LONG_UNICODE, "passcode:" + LONG_UNICODE));
            connects.put(
                    "a login with an empty passcode",
                    RawStompSocket.connect("login:" + world.kioskB().username(), "passcode:"));
            connects.put("SUBSCRIBE before any CONNECT", subscribe(menuA));
            for (Map.Entry<String, String> connect : connects.entrySet()) {
                try (RawStompSocket socket = RawStompSocket.anonymous(port)) {
                    socket.send(connect.getValue());
                    String refusal = socket.refusal();
                    answers.put(
                            connect.getKey(),
                            refusal.startsWith("ERROR") ? RawStompSocket.messageOf(refusal) : refusal);
                    assertThat(socket.frames).as(connect.getKey()).noneMatch(f -> f.startsWith("CONNECTED"));
                    assertThat(socket.frames).as(connect.getKey()).noneMatch(f -> f.startsWith("RECEIPT"));
                    // Spring itself turns away a SUBSCRIBE on a session that never sent CONNECT, before our
                    // interceptor sees it, with its generic "could not be processed"
                    if (refusal.startsWith("ERROR") && !connect.getKey().startsWith("SUBSCRIBE before")) {
                        // a CONNECT over the frame limit is refused for its size before anyone reads it
                        assertThat(RawStompSocket.messageOf(refusal))
                                .as(connect.getKey())
                                .matches("(?s)(UNAUTHORIZED|TOO_BIG).*");
                    }
                }
            }
            try (RawStompSocket socket = RawStompSocket.signedIn(
                    port, world.staffA().username(), world.staffA().password())) {
                socket.connected("x-device:" + LONG_UNICODE);
                socket.send(RawStompSocket.frame(
                        "SUBSCRIBE", "", "id:" + LONG_UNICODE, "destination:" + menuA, "receipt:unicode"));
                // nothing wrong with it: the subscription is confirmed and the session stays open
                String reply = socket.frames.poll(StompProbe.WAIT.toSeconds(), TimeUnit.SECONDS);
                assertThat(reply).as("the receipt of the Unicode subscription").startsWith("RECEIPT");
                assertThat(socket.closed).isNotDone();
                answers.put("a 2,000-character Unicode CONNECT header and subscription id", "accepted, session open");
            }

            assertThat(StompProbe.quietly(menu))
                    .as("no client spoke on the menu topic")
                    .isTrue();
            assertThat(StompProbe.quietly(kioskTopic))
                    .as("no client spoke on the kiosk topic")
                    .isTrue();
            assertThat(listener.isConnected()).isTrue();
        }
        System.out.printf("STOMP sends and credentials: %s%n", answers);
        assertNewSessionsWork();
        assertThat(errorsLogged()).isEmpty();
    }

    /** After the hostile clients, a new session signs in, subscribes and hears its canteen's next order. */
    private void assertNewSessionsWork() throws Exception {
        try (StompProbe kitchen = StompProbe.withLogin(
                port, world.staffA().username(), world.staffA().password())) {
            BlockingQueue<JsonNode> orders = kitchen.subscribe(LiveDestinations.canteenOrders(world.canteenA()));
            JsonNode placed = world.placeStaffOrder(world.staffA(), Channel.DINE_IN);
            JsonNode pushed = orders.poll(StompProbe.WAIT.toSeconds(), TimeUnit.SECONDS);
            assertThat(pushed).as("a new session still gets its push").isNotNull();
            assertThat(pushed.get("orderId").asLong())
                    .isEqualTo(placed.get("orderId").asLong());
        }
    }

    /** A short form of a long destination for the printed answers. */
    private static String clip(String text) {
        return text.length() > 60
                ? text.substring(0, 60) + "…(" + text.getBytes(StandardCharsets.UTF_8).length + " bytes)"
                : text;
    }
}
