package cn.xingfu.canteen.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import cn.xingfu.canteen.card.CardManagement;
import cn.xingfu.canteen.card.CardView;
import cn.xingfu.canteen.integrity.InvariantChecker;
import cn.xingfu.canteen.menu.MenuItemView;
import cn.xingfu.canteen.support.TestClock;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Hostile input against every public endpoint, generated from the service's own OpenAPI document (so a new endpoint
 * is covered without new code). For each operation a plausible body is built from its schema with ids of the
 * caller's own canteen, then broken one way at a time:
 *
 * <ul>
 *   <li>invalid by construction (malformed and truncated JSON, wrong top-level and field types, huge and negative
 *       numbers, oversized and chunked bodies, garbage path ids): must be a 4xx problem+json with a stable code, and
 *       the money, order, card and menu tables must be exactly as before;
 *   <li>hostile text (very long Unicode with emoji and right-to-left marks, SQL and HTML injection, control
 *       characters; fixed strings plus QuickTheories-generated ones): never a 5xx, and a refusal is problem+json;
 *   <li>another canteen's seniors, orders, cards and menus in the path: refused with 4xx, that canteen untouched;
 *   <li>forged, truncated, re-encoded and superseded QR tokens at the kiosk: refused with the card codes.
 * </ul>
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BadInputSuiteIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Set<String> WRITES = Set.of("post", "put", "patch", "delete");
    private static final String LONG_UNICODE = "老人👵🏽‎مرحبا‏שלום\u202e".repeat(600);
    private static final List<String> HOSTILE_TEXT = List.of(
            LONG_UNICODE,
            "' OR '1'='1' -- ",
            "1; DROP TABLE meal_order; --",
            "<img src=x onerror=alert(1)>",
            "\"><script>alert(document.cookie)</script>",
            "\u0000\u0001\u001f\u007f",
            "‮gnp.exe",
            "");

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

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** The caller's own canteen, and another one whose data it must never reach. */
    private Fixture own;

    private Fixture other;

    private final List<String> findings = new ArrayList<>();
    /** How the service answered, by status and code: the figures for docs/reliability.md. */
    private final Map<String, Integer> tally = new java.util.TreeMap<>();

    private record Fixture(OrderingScenario.World world, MenuItemView dish, long senior, CardView card, long order) {

        Map<String, Object> ids() {
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
    }

    @BeforeEach
    void worlds() {
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
                                cn.xingfu.canteen.shared.Channel.DINE_IN,
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

    // ---- the OpenAPI document ----

    private record Operation(String method, String path, JsonNode spec) {

        boolean jsonBody() {
            return spec.path("requestBody").path("content").has("application/json");
        }

        String name() {
            return method.toUpperCase() + " " + path;
        }
    }

    private JsonNode document;

    private List<Operation> operations() {
        Answer docs = send("GET", "/v3/api-docs", null, null, own.world.manager.username(), "x", false);
        assertThat(docs.status()).as(docs.body()).isEqualTo(200);
        document = JSON.readTree(docs.body());
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                operations.add(new Operation(method.getKey(), path.getKey(), method.getValue()));
            }
        }
        return operations;
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        for (int depth = 0; current.has("$ref") && depth < 10; depth++) {
            String name = current.path("$ref").asString().substring("#/components/schemas/".length());
            current = document.path("components").path("schemas").path(name);
        }
        if (current.has("allOf")) {
            return resolve(current.path("allOf").get(0));
        }
        if (current.has("oneOf")) {
            return resolve(current.path("oneOf").get(0));
        }
        return current;
    }

    private JsonNode bodySchema(Operation operation) {
        return resolve(operation
                .spec()
                .path("requestBody")
                .path("content")
                .path("application/json")
                .path("schema"));
    }

    /** A plausible value: the caller's own ids by field name, today's date, the first enum constant, small numbers. */
    private JsonNode plausible(JsonNode schema, String field, Fixture fixture, int depth) {
        JsonNode s = resolve(schema);
        String type = s.path("type").asString();
        Object id = fixture.ids().get(field.toLowerCase());
        if (s.has("enum")) {
            return s.path("enum").get(0);
        }
        switch (type) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                if (depth < 4) {
                    for (Map.Entry<String, JsonNode> property :
                            s.path("properties").properties()) {
                        object.set(
                                property.getKey(),
                                plausible(property.getValue(), property.getKey(), fixture, depth + 1));
                    }
                }
                return object;
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                if (depth < 4) {
                    array.add(plausible(s.path("items"), field.replaceAll("s$", "") + "Id", fixture, depth + 1));
                }
                return array;
            }
            case "integer" -> {
                return id instanceof Long l ? NODES.numberNode(l) : NODES.numberNode(1);
            }
            case "number" -> {
                return NODES.numberNode(1);
            }
            case "boolean" -> {
                return NODES.booleanNode(false);
            }
            default -> {
                String format = s.path("format").asString();
                if ("date".equals(format)) {
                    return NODES.stringNode(OrderingScenario.DAY.toString());
                }
                if ("date-time".equals(format)) {
                    return NODES.stringNode(OrderingScenario.DAY + "T02:00:00Z");
                }
                if (field.toLowerCase().contains("token") || field.equalsIgnoreCase("qr")) {
                    return NODES.stringNode(fixture.card().token());
                }
                return NODES.stringNode(id != null ? String.valueOf(id) : "测试");
            }
        }
    }

    /** Every leaf of a body, as (setter) so a case can break exactly one of them. */
    private static void leaves(JsonNode node, List<JsonNode> parents, List<String> names) {
        if (node instanceof ObjectNode object) {
            for (String name : List.copyOf(object.propertyNames())) {
                JsonNode child = object.get(name);
                if (child.isContainer()) {
                    leaves(child, parents, names);
                } else {
                    parents.add(object);
                    names.add(name);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (JsonNode child : array) {
                leaves(child, parents, names);
            }
        }
    }

    private List<JsonNode> mutateEachLeaf(JsonNode base, Function<JsonNode, JsonNode> mutation) {
        List<JsonNode> parents = new ArrayList<>();
        List<String> names = new ArrayList<>();
        leaves(base, parents, names);
        List<JsonNode> bodies = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            JsonNode original = parents.get(i).get(names.get(i));
            JsonNode replacement = mutation.apply(original);
            if (replacement == null) {
                continue;
            }
            ((ObjectNode) parents.get(i)).set(names.get(i), replacement);
            bodies.add(base.deepCopy());
            ((ObjectNode) parents.get(i)).set(names.get(i), original);
        }
        return bodies;
    }

    private String path(Operation operation, Fixture fixture, String garbage) {
        String path = operation.path();
        for (JsonNode parameter : operation.spec().path("parameters")) {
            if (!"path".equals(parameter.path("in").asString())) {
                continue;
            }
            String name = parameter.path("name").asString();
            Object value = garbage != null ? garbage : fixture.ids().getOrDefault(name.toLowerCase(), fixture.order());
            path = path.replace("{" + name + "}", URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8));
        }
        return path;
    }

    private static boolean hasPathParameters(Operation operation) {
        return operation.path().contains("{");
    }

    // ---- sending ----

    private record Answer(int status, String contentType, String body) {

        String code() {
            try {
                return JSON.readTree(body).path("code").asString();
            } catch (RuntimeException e) {
                return "";
            }
        }
    }

    private Answer send(
            String method,
            String path,
            String body,
            String contentType,
            String user,
            String password,
            boolean chunked) {
        HttpRequest.BodyPublisher publisher = body == null
                ? HttpRequest.BodyPublishers.noBody()
                : chunked
                        ? HttpRequest.BodyPublishers.ofInputStream(
                                () -> new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)))
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .method(method.toUpperCase(), publisher)
                .header("Accept", "application/json, */*;q=0.5")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            return new Answer(599, "", "connection failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Answer as(Fixture fixture, Operation operation, String path, String body, boolean chunked) {
        boolean kiosk =
                operation.path().startsWith("/api/kiosk") || operation.path().equals("/api/orders");
        return send(
                operation.method(),
                path,
                body,
                body != null ? "application/json" : null,
                kiosk
                        ? fixture.world().kiosk.username()
                        : fixture.world().manager.username(),
                kiosk ? OrderingScenario.KIOSK_PASSWORD : "x",
                chunked);
    }

    /** Invalid input: a 4xx problem+json with a stable code. */
    private void expectRefused(String what, Operation operation, Answer answer) {
        count(answer);
        boolean problem = answer.contentType().startsWith("application/problem+json")
                && !answer.code().isBlank();
        if (answer.status() < 400 || answer.status() >= 500 || !problem) {
            findings.add(operation.name() + " [" + what + "] -> " + answer.status() + " " + abbreviate(answer.body()));
        }
    }

    /** Hostile but possibly valid text: never a 5xx; a refusal is a problem with a code. */
    private void expectNoServerError(String what, Operation operation, Answer answer) {
        count(answer);
        boolean problem = answer.contentType().startsWith("application/problem+json")
                && !answer.code().isBlank();
        if (answer.status() >= 500 || (answer.status() >= 400 && !problem)) {
            findings.add(operation.name() + " [" + what + "] -> " + answer.status() + " " + abbreviate(answer.body()));
        }
    }

    private void count(Answer answer) {
        tally.merge(answer.status() + " " + answer.code(), 1, Integer::sum);
    }

    private static String abbreviate(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }

    /** What invalid input must never change: money, orders, cards, menus and seniors of every canteen. */
    private Map<String, Object> snapshot() {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        for (String table : List.of(
                "meal_order",
                "meal_order_line",
                "wallet_entry",
                "card",
                "senior",
                "dish",
                "menu_item",
                "subsidy_policy")) {
            snapshot.put(table, jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class));
        }
        snapshot.put(
                "balances",
                String.valueOf(jdbc.queryForObject(
                        "SELECT COALESCE(SUM(balance), 0) FROM wallet", java.math.BigDecimal.class)));
        snapshot.put(
                "portions", jdbc.queryForObject("SELECT COALESCE(SUM(portions_left), 0) FROM menu_item", Long.class));
        return snapshot;
    }

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
                        jdbc.queryForObject(
                                "SELECT status FROM meal_order WHERE id = ?", String.class, fixture.order()),
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

    // ---- the suite ----

    @Test
    void invalidInputIsRefusedWithProblemsAndChangesNothing() {
        List<Operation> operations = operations();
        Map<String, Object> before = snapshot();
        int cases = 0;
        for (Operation operation : operations) {
            if (hasPathParameters(operation)) {
                for (String garbage : List.of("abc", "-1", "99999999999999999999999", "' OR 1=1 --", "👵🏽")) {
                    expectRefused(
                            "path " + garbage,
                            operation,
                            as(
                                    own,
                                    operation,
                                    path(operation, own, garbage),
                                    operation.jsonBody() ? "{}" : null,
                                    false));
                    cases++;
                }
            }
            if (!operation.jsonBody() || !WRITES.contains(operation.method())) {
                continue;
            }
            String path = path(operation, own, null);
            JsonNode schema = bodySchema(operation);
            JsonNode base = plausible(schema, "", own, 0);
            String valid = JSON.writeValueAsString(base);
            List<String> broken = new ArrayList<>();
            broken.add("{\"items\": [");
            broken.add(valid.substring(0, Math.max(1, valid.length() / 2)));
            broken.add(base.isArray() ? "{\"a\": 1}" : "[1, 2, 3]");
            broken.add(base.isArray() ? "[\"x\"]" : "\"text instead of an object\"");
            mutateEachLeaf(
                            base,
                            v -> v.isString()
                                    ? NODES.objectNode().put("x", 1)
                                    : v.isNumber()
                                            ? NODES.stringNode("not a number")
                                            : v.isBoolean() ? NODES.arrayNode().add(1) : null)
                    .forEach(b -> broken.add(JSON.writeValueAsString(b)));
            for (String huge : List.of("1e400", "123456789012345678901234567890", "-123456789012345678901234567890")) {
                mutateEachLeaf(
                                base,
                                v -> v.isNumber()
                                        ? NODES.rawValueNode(new tools.jackson.databind.util.RawValue(huge))
                                        : null)
                        .forEach(b -> broken.add(JSON.writeValueAsString(b)));
            }
            for (String body : broken) {
                expectRefused("body " + abbreviate(body), operation, as(own, operation, path, body, false));
                cases++;
            }
            // negative quantities, portions, amounts and prices
            List<JsonNode> parents = new ArrayList<>();
            List<String> names = new ArrayList<>();
            leaves(base, parents, names);
            for (int i = 0; i < names.size(); i++) {
                if (names.get(i).matches("(?i).*(quantity|portions|amount|price|grams).*")
                        && parents.get(i).get(names.get(i)).isNumber()) {
                    JsonNode original = parents.get(i).get(names.get(i));
                    ((ObjectNode) parents.get(i)).put(names.get(i), -1);
                    expectRefused(
                            "negative " + names.get(i),
                            operation,
                            as(own, operation, path, JSON.writeValueAsString(base), false));
                    ((ObjectNode) parents.get(i)).set(names.get(i), original);
                    cases++;
                }
            }
            String oversized = "{\"padding\": \"" + "x".repeat(70_000) + "\"}";
            expectRefused("oversized", operation, as(own, operation, path, oversized, false));
            expectRefused("chunked", operation, as(own, operation, path, valid, true));
            cases += 2;
        }
        assertThat(findings)
                .as("%d cases on %d operations", cases, operations.size())
                .isEmpty();
        assertThat(snapshot()).isEqualTo(before);
        System.out.printf(
                "Bad-input suite, invalid input: %d operations, %d cases, 0 findings; answers %s%n",
                operations.size(), cases, tally);
    }

    @Test
    void hostileTextNeverBreaksTheServer() {
        List<Operation> operations = operations();
        Map<String, Object> otherBefore = snapshotOf(other);
        int[] cases = {0};
        for (Operation operation : operations) {
            if (!operation.jsonBody() || !WRITES.contains(operation.method())) {
                continue;
            }
            String path = path(operation, own, null);
            JsonNode base = plausible(bodySchema(operation), "", own, 0);
            // every text field of the body carries the same hostile text at once
            Function<String, String> everyText = text -> {
                List<JsonNode> parents = new ArrayList<>();
                List<String> names = new ArrayList<>();
                JsonNode body = base.deepCopy();
                leaves(body, parents, names);
                for (int i = 0; i < names.size(); i++) {
                    if (parents.get(i).get(names.get(i)).isString()) {
                        ((ObjectNode) parents.get(i)).put(names.get(i), text);
                    }
                }
                return JSON.writeValueAsString(body);
            };
            for (String text : HOSTILE_TEXT) {
                expectNoServerError(
                        "text " + abbreviate(text), operation, as(own, operation, path, everyText.apply(text), false));
                cases[0]++;
            }
            qt().withExamples(3)
                    .withFixedSeed(11)
                    .forAll(strings().allPossible().ofLengthBetween(0, 400))
                    .checkAssert(text -> {
                        expectNoServerError(
                                "generated text", operation, as(own, operation, path, everyText.apply(text), false));
                        cases[0]++;
                    });
        }
        assertThat(findings).as("%d cases", cases[0]).isEmpty();
        assertThat(snapshotOf(other)).isEqualTo(otherBefore);
        assertThat(invariants.check(own.world().canteen.id()).violations()).isEmpty();
        System.out.printf("Bad-input suite, hostile text: %d cases, 0 findings; answers %s%n", cases[0], tally);
    }

    @Test
    void anotherCanteensDataIsOutOfReach() {
        List<Operation> operations = operations();
        Map<String, Object> otherBefore = snapshotOf(other);
        int cases = 0;
        for (Operation operation : operations) {
            if (!hasPathParameters(operation) || operation.path().startsWith("/api/districts")) {
                continue;
            }
            boolean personal = operation.path().matches(".*\\{(seniorId|orderId|cardId)}.*");
            if (!WRITES.contains(operation.method()) && !personal) {
                continue;
            }
            // the caller is the own canteen's manager (or kiosk); the ids in the path are the other canteen's
            String body = operation.jsonBody()
                    ? JSON.writeValueAsString(plausible(bodySchema(operation), "", other, 0))
                    : null;
            expectRefused(
                    "other canteen's ids", operation, as(own, operation, path(operation, other, null), body, false));
            cases++;
        }
        assertThat(findings).as("%d cases", cases).isEmpty();
        assertThat(snapshotOf(other)).isEqualTo(otherBefore);
        System.out.printf("Bad-input suite, other canteen's data: %d cases, 0 findings; answers %s%n", cases, tally);
    }

    @Test
    void forgedTruncatedReencodedAndSupersededCardTokensAreRefused() {
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
        Map<String, Object> before = snapshot();
        int cases = 0;
        Operation scan = new Operation("post", "/api/kiosk/scan", NODES.objectNode());
        Operation order = new Operation("post", "/api/orders", NODES.objectNode());
        for (Map.Entry<String, String> forged : tokens.entrySet()) {
            ObjectNode scanBody = NODES.objectNode().put("qr", forged.getValue());
            expectRefused(
                    "scan " + forged.getKey(),
                    scan,
                    as(own, scan, "/api/kiosk/scan", JSON.writeValueAsString(scanBody), false));
            ObjectNode orderBody = NODES.objectNode()
                    .put("cardToken", forged.getValue())
                    .put("channel", "DINE_IN")
                    .put("payment", "WALLET");
            orderBody
                    .putArray("items")
                    .addObject()
                    .put("menuItemId", own.dish().menuItemId())
                    .put("quantity", 1);
            expectRefused(
                    "order " + forged.getKey(),
                    order,
                    as(own, order, "/api/orders", JSON.writeValueAsString(orderBody), false));
            cases += 2;
        }
        // the reissued card's own token still works: the refusals above were about the tokens, not the kiosk
        Answer ok = as(
                own,
                scan,
                "/api/kiosk/scan",
                JSON.writeValueAsString(NODES.objectNode().put("qr", reissued.token())),
                false);
        assertThat(findings).as("%d cases", cases).isEmpty();
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
        before.remove("portions");
        Map<String, Object> after = snapshot();
        after.remove("portions");
        assertThat(after).isEqualTo(before);
        System.out.printf("Bad-input suite, card tokens: %d cases, 0 findings; answers %s%n", cases, tally);
    }
}
