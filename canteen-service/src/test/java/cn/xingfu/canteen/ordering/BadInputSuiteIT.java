package cn.xingfu.canteen.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xingfu.canteen.card.CardManagement;
import cn.xingfu.canteen.card.CardView;
import cn.xingfu.canteen.integrity.InvariantChecker;
import cn.xingfu.canteen.menu.MenuItemView;
import cn.xingfu.canteen.shared.Channel;
import cn.xingfu.canteen.support.TestClock;
import cn.xingfu.kernel.badinput.ApiDocument;
import cn.xingfu.kernel.badinput.ApiDocument.Operation;
import cn.xingfu.kernel.badinput.ApiProbe;
import cn.xingfu.kernel.badinput.ApiProbe.Answer;
import cn.xingfu.kernel.badinput.ApiProbe.Caller;
import cn.xingfu.kernel.badinput.BadInputCases;
import cn.xingfu.kernel.badinput.DataSnapshot;
import cn.xingfu.kernel.badinput.PlausibleBodies;
import cn.xingfu.kernel.badinput.Verdicts;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Hostile input against every public endpoint of canteen-service, generated from its own OpenAPI document by the
 * kernel's bad-input machinery ({@code cn.xingfu.kernel.badinput}, shared with care-facility-service). The caller is
 * one canteen's manager (its kiosk for kiosk endpoints); what is canteen-specific here is that world, who calls
 * which endpoint, the figures that must not move, and the QR tokens.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BadInputSuiteIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /**
     * Tables a refused request may rightly write: the audit log records reads of personal data and refusals, the
     * event registry and scheduler locks belong to background work.
     */
    private static final Set<String> MAY_CHANGE = Set.of("audit_event", "event_publication", "shedlock");

    @LocalServerPort
    int port;

    @Autowired
    OrderingScenario scenario;

    @Autowired
    OrderPlacement placement;

    @Autowired
    CardManagement cards;

    @Autowired
    InvariantChecker invariants;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestClock clock;

    private ApiProbe probe;
    private final Verdicts verdicts = new Verdicts();

    /** The caller's own canteen, and another one whose data it must never reach. */
    private Fixture own;

    private Fixture other;

    private record Fixture(OrderingScenario.World world, MenuItemView dish, long senior, CardView card, long order)
            implements PlausibleBodies.Values {

        @Override
        public Map<String, Object> ids() {
            Map<String, Object> ids = new LinkedHashMap<>();
            ids.put("canteenid", world.canteen.id());
            ids.put("seniorid", senior);
            ids.put("menuitemid", dish.menuItemId());
            ids.put("orderid", order);
            ids.put("cardid", card.id());
            ids.put("districtcode", world.canteen.districtCode());
            ids.put("id", order);
            return ids;
        }

        @Override
        public LocalDate day() {
            return OrderingScenario.DAY;
        }

        @Override
        public Optional<JsonNode> special(String field, JsonNode schema) {
            boolean token = field.toLowerCase().contains("token") || field.equalsIgnoreCase("qr");
            return token && "string".equals(schema.path("type").asString())
                    ? Optional.of(NODES.stringNode(card.token()))
                    : Optional.empty();
        }

        /** Kiosk endpoints are called as the canteen's kiosk, everything else as its manager. */
        Caller callerFor(Operation operation) {
            boolean kiosk = operation.path().startsWith("/api/kiosk")
                    || operation.path().equals("/api/orders");
            return kiosk
                    ? new Caller(world.kiosk.username(), OrderingScenario.KIOSK_PASSWORD)
                    : new Caller(world.manager.username(), "x");
        }

        String path(Operation operation) {
            return operation.path(name -> pathValue(name, order));
        }
    }

    @BeforeEach
    void worlds() {
        probe = new ApiProbe(port);
        own = fixture();
        other = fixture();
    }

    @AfterEach
    void releaseClock() {
        clock.reset();
    }

    private Fixture fixture() {
        OrderingScenario.World world = scenario.newWorld();
        MenuItemView dish = world.lunchDish("回锅肉", "12.00", 40);
        long senior = world.senior(85, "80.00");
        CardView card = cards.issue(senior, Set.of(), world.manager);
        long order = placement
                .place(
                        new PlaceOrder(
                                null,
                                null,
                                senior,
                                null,
                                Channel.DINE_IN,
                                PaymentMethod.WALLET,
                                List.of(new PlaceOrder.Item(dish.menuItemId(), 1)),
                                false,
                                null,
                                null,
                                null),
                        UUID.randomUUID().toString(),
                        world.manager)
                .order()
                .orderId();
        return new Fixture(world, dish, senior, card, order);
    }

    private ApiDocument document() {
        return probe.document(new Caller(own.world().manager.username(), "x"));
    }

    /** Every table's row count, the money and the portions of every canteen. */
    private DataSnapshot everything() {
        return new DataSnapshot(
                jdbc,
                MAY_CHANGE,
                Map.of(
                        "balances", "SELECT COALESCE(SUM(balance), 0) FROM wallet",
                        "portions", "SELECT COALESCE(SUM(portions_left), 0) FROM menu_item",
                        "orders placed", "SELECT COUNT(*) FROM meal_order WHERE status = 'PLACED'",
                        "card states", "SELECT COUNT(*) FROM card WHERE status = 'ACTIVE'"));
    }

    /** The other canteen's balance, orders, order status, portions and card. */
    private Map<String, Object> snapshotOf(Fixture fixture) {
        return Map.of(
                "balance",
                String.valueOf(jdbc.queryForObject(
                        "SELECT balance FROM wallet WHERE senior_id = ?",
                        java.math.BigDecimal.class,
                        fixture.senior())),
                "orders",
                jdbc.queryForObject(
                        "SELECT COUNT(*) FROM meal_order WHERE senior_id = ?", Long.class, fixture.senior()),
                "status",
                jdbc.queryForObject("SELECT status FROM meal_order WHERE id = ?", String.class, fixture.order()),
                "portions",
                jdbc.queryForObject(
                        "SELECT portions_left FROM menu_item WHERE id = ?",
                        Integer.class,
                        fixture.dish().menuItemId()),
                "card",
                jdbc.queryForObject(
                        "SELECT status FROM card WHERE id = ?",
                        String.class,
                        fixture.card().id()));
    }

    /** The walk over the document, with every error answer held to what that document declares. */
    private BadInputCases cases() {
        ApiDocument document = document();
        verdicts.declaredBy(document);
        return new BadInputCases(document, own, own::path);
    }

    /** As the caller the operation is for (the canteen's kiosk or manager). */
    private Answer send(Operation operation, String path, String body, boolean chunked) {
        Caller caller = own.callerFor(operation);
        return chunked
                ? probe.sendChunked(caller, operation.method(), path, body)
                : probe.send(caller, operation.method(), path, body);
    }

    @Test
    void invalidInputIsRefusedWithProblemsAndChangesNothing() {
        cases().assertInvalidInputRefusedAndNothingChanged(this::send, verdicts, everything());
        System.out.printf("Bad-input suite (canteen), invalid input: %s%n", verdicts.summary());
    }

    @Test
    void hostileTextNeverBreaksTheServer() {
        Map<String, Object> otherBefore = snapshotOf(other);

        cases().hostileText(this::send, verdicts);

        assertThat(verdicts.findings()).as(verdicts.summary()).isEmpty();
        assertThat(snapshotOf(other)).isEqualTo(otherBefore);
        assertThat(invariants.check(own.world().canteen.id()).violations()).isEmpty();
        System.out.printf("Bad-input suite (canteen), hostile text: %s%n", verdicts.summary());
    }

    @Test
    void anotherCanteensDataIsOutOfReach() {
        Map<String, Object> otherBefore = snapshotOf(other);

        // the caller is the own canteen's manager (or kiosk); the ids in the path and body are the other's. Reads
        // are tried where they are personal (seniors, orders, cards); district paths are district-wide by design.
        cases().anotherOwnersData(
                        other,
                        other::path,
                        operation -> !operation.path().startsWith("/api/districts")
                                && (operation.writes() || operation.hasPathParameter("seniorId|orderId|cardId")),
                        this::send,
                        verdicts::expectRefused);

        assertThat(verdicts.findings()).as(verdicts.summary()).isEmpty();
        assertThat(snapshotOf(other)).isEqualTo(otherBefore);
        System.out.printf("Bad-input suite (canteen), other canteen's data: %s%n", verdicts.summary());
    }

    @Test
    void forgedTruncatedReencodedAndSupersededCardTokensAreRefused() {
        verdicts.declaredBy(document());
        String token = own.card().token();
        int dot = token.lastIndexOf('.');
        char last = token.charAt(token.length() - 1);
        CardView reissued = cards.reissue(own.card().id(), own.world().manager);
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("forged signature", token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A'));
        tokens.put("truncated", token.substring(0, dot + 10));
        tokens.put("payload only", token.substring(0, dot));
        tokens.put("re-encoded (standard base64)", token.replace('-', '+').replace('_', '/') + "==");
        tokens.put(
                "percent-encoded",
                URLEncoder.encode(token, StandardCharsets.UTF_8).replace(".", "%2E"));
        tokens.put("superseded by a reissue", token);
        tokens.put("other canteen's card", other.card().token());
        tokens.put("garbage", "XF1." + "A".repeat(5000));
        tokens.put("empty", "");
        // the scan log keeps every attempt, refused ones too: the fraud checks read it
        Set<String> mayChange = new java.util.HashSet<>(MAY_CHANGE);
        mayChange.add("card_scan");
        DataSnapshot data =
                new DataSnapshot(jdbc, mayChange, Map.of("balances", "SELECT COALESCE(SUM(balance), 0) FROM wallet"));
        Map<String, Object> before = data.take();
        Operation scan = new Operation("post", "/api/kiosk/scan", NODES.objectNode());
        Operation order = new Operation("post", "/api/orders", NODES.objectNode());
        for (Map.Entry<String, String> forged : tokens.entrySet()) {
            ObjectNode scanBody = NODES.objectNode().put("qr", forged.getValue());
            verdicts.expectRefused(
                    scan,
                    "scan " + forged.getKey(),
                    send(scan, "/api/kiosk/scan", JSON.writeValueAsString(scanBody), false));
            ObjectNode orderBody = NODES.objectNode()
                    .put("cardToken", forged.getValue())
                    .put("channel", "DINE_IN")
                    .put("payment", "WALLET");
            orderBody
                    .putArray("items")
                    .addObject()
                    .put("menuItemId", own.dish().menuItemId())
                    .put("quantity", 1);
            verdicts.expectRefused(
                    order,
                    "order " + forged.getKey(),
                    send(order, "/api/orders", JSON.writeValueAsString(orderBody), false));
        }
        Map<String, Object> after = data.take();
        // the reissued card's own token still works: the refusals above were about the tokens, not the kiosk
        Answer ok = send(
                scan,
                "/api/kiosk/scan",
                JSON.writeValueAsString(NODES.objectNode().put("qr", reissued.token())),
                false);
        assertThat(verdicts.findings()).as(verdicts.summary()).isEmpty();
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
        assertThat(after).isEqualTo(before);
        System.out.printf("Bad-input suite (canteen), card tokens: %s%n", verdicts.summary());
    }
}
