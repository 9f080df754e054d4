package cn.xingfu.kiosk;

import cn.xingfu.kiosk.canteen.Json;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A stand-in canteen-service on the JDK's HTTP server, answering with the contract examples. Orders are kept in
 * memory with real idempotency (same key → same order, 200), so replays can be checked; it can be stopped and
 * started again on the same port to play "the service went away".
 */
public final class FakeCanteenService implements AutoCloseable {

    public static final String USER = "kiosk01";
    public static final String PASSWORD = "kiosk123";

    private final TestCards cards;
    private final int port;
    private HttpServer server;
    private final Map<String, ObjectNode> ordersByKey = Collections.synchronizedMap(new LinkedHashMap<>());
    private final Map<Long, ObjectNode> ordersById = Collections.synchronizedMap(new LinkedHashMap<>());
    private final List<String> orderPosts = Collections.synchronizedList(new ArrayList<>());
    private final List<JsonNode> orderBodies = Collections.synchronizedList(new ArrayList<>());
    private final Set<Long> soldOut = Collections.synchronizedSet(new HashSet<>());
    private final Set<Long> blockedCards = Collections.synchronizedSet(new HashSet<>());
    private final AtomicLong nextOrderId = new AtomicLong(900001);
    private final Map<Long, java.math.BigDecimal> balances = Collections.synchronizedMap(new LinkedHashMap<>());
    private final Map<Long, Integer> bigMenus = Collections.synchronizedMap(new LinkedHashMap<>());
    private final Map<Long, String> consentNotices = Collections.synchronizedMap(new LinkedHashMap<>());
    private final List<String> pictureDownloads = Collections.synchronizedList(new ArrayList<>());
    private volatile String quote = Examples.read("order-quote.json");

    private FakeCanteenService(TestCards cards, int port) throws IOException {
        this.cards = cards;
        this.server = create(port);
        this.port = server.getAddress().getPort();
    }

    public static FakeCanteenService start(TestCards cards) {
        try {
            return new FakeCanteenService(cards, 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + port);
    }

    public synchronized void stop() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    public synchronized void restart() {
        stop();
        try {
            server = create(port);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        stop();
    }

    public void soldOut(long menuItemId) {
        soldOut.add(menuItemId);
    }

    public void block(long cardId) {
        blockedCards.add(cardId);
    }

    /** The wallet of this card's senior; a wallet order above it is refused with WALLET_INSUFFICIENT. */
    public void walletBalance(long cardId, String amount) {
        balances.put(cardId, new java.math.BigDecimal(amount));
    }

    /** This card's scan answers a menu of {@code dishes} dishes (see {@link FakeMenus}). */
    public void bigMenu(long cardId, int dishes) {
        bigMenus.put(cardId, dishes);
    }

    /** The scan of this card carries these consent notices (a JSON array), as for a senior without consent. */
    public void consentNotices(long cardId, String jsonArray) {
        consentNotices.put(cardId, jsonArray);
    }

    /** What the quote endpoint answers from now on. */
    public void quote(String json) {
        this.quote = json;
    }

    /** Paths of the pictures downloaded, in order. */
    public List<String> pictureDownloads() {
        return List.copyOf(pictureDownloads);
    }

    /** Every POST /api/orders received, as "idempotencyKey" values, in arrival order (retries included). */
    public List<String> orderPosts() {
        return List.copyOf(orderPosts);
    }

    /** The bodies of the orders created, as the kiosk sent them. */
    public List<JsonNode> orderBodies() {
        return List.copyOf(orderBodies);
    }

    /** Distinct orders created. */
    public List<JsonNode> orders() {
        synchronized (ordersById) {
            return List.copyOf(ordersById.values());
        }
    }

    public void setStatus(long orderId, String status) {
        ObjectNode order = ordersById.get(orderId);
        order.put("status", status);
        order.put("version", order.get("version").asLong() + 1);
    }

    private HttpServer create(int bindPort) throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", bindPort), 0);
        http.createContext("/", this::handle);
        http.start();
        return http;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String expected = "Basic "
                    + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
            if (!expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                send(exchange, 401, "{\"status\":401,\"code\":\"UNAUTHORIZED\"}");
                return;
            }
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            byte[] body = exchange.getRequestBody().readAllBytes();
            if (method.equals("GET") && path.equals("/api/kiosk/me")) {
                send(exchange, 200, Examples.read("kiosk-me.json"));
            } else if (method.equals("GET") && path.equals("/api/cards/keys")) {
                send(exchange, 200, cards.keysJson());
            } else if (method.equals("POST") && path.equals("/api/kiosk/scan")) {
                scan(exchange, body);
            } else if (method.equals("POST") && path.equals("/api/orders/quote")) {
                send(exchange, 200, quote);
            } else if (method.equals("POST") && path.equals("/api/orders")) {
                placeOrder(exchange, body);
            } else if (method.equals("GET") && path.startsWith("/api/orders/")) {
                ObjectNode order = ordersById.get(Long.parseLong(path.substring("/api/orders/".length())));
                if (order == null) {
                    problem(exchange, 404, "NOT_FOUND", "没有这个订单", "No such order", null);
                } else {
                    send(exchange, 200, order.toString());
                }
            } else if (method.equals("GET") && path.equals("/api/kiosk/orders")) {
                send(exchange, 200, "{\"asOf\":\"2026-11-29T03:10:00Z\",\"orders\":[]}");
            } else if (method.equals("GET")
                    && (path.startsWith("/pictures/")
                            || path.startsWith("/api/dishes/") && path.endsWith("/picture"))) {
                pictureDownloads.add(path);
                byte[] png = FakeMenus.picture(path);
                exchange.getResponseHeaders().set("Content-Type", "image/png");
                exchange.sendResponseHeaders(200, png.length);
                exchange.getResponseBody().write(png);
            } else if (method.equals("GET") && path.equals("/api/kiosk/menu")) {
                send(exchange, 200, Examples.read("menu-availability.json"));
            } else {
                problem(exchange, 404, "NOT_FOUND", "没有找到", "Not found", null);
            }
        }
    }

    private void scan(HttpExchange exchange, byte[] body) throws IOException {
        String qr = Json.mapper().readTree(body).path("qr").asString();
        long cardId;
        try {
            cardId = cn.xingfu.kiosk.card.CardToken.parse(qr).cardId();
        } catch (RuntimeException e) {
            problem(exchange, 422, "CARD_FORGED", "卡片无效", "Card not valid", null);
            return;
        }
        if (blockedCards.contains(cardId)) {
            problem(exchange, 403, "CARD_BLOCKED", "卡片已停用", "Card blocked", null);
            return;
        }
        ObjectNode scan = (ObjectNode) Json.mapper().readTree(Examples.read("kiosk-scan-response.json"));
        scan.put("cardId", cardId);
        if (balances.containsKey(cardId)) {
            scan.put("walletBalance", balances.get(cardId));
        }
        if (bigMenus.containsKey(cardId)) {
            scan.set("items", FakeMenus.items(bigMenus.get(cardId)));
        }
        if (consentNotices.containsKey(cardId)) {
            scan.set("consentNotices", Json.mapper().readTree(consentNotices.get(cardId)));
        }
        for (JsonNode item : scan.withArray("items")) {
            if (soldOut.contains(item.get("menuItemId").asLong())) {
                ((ObjectNode) item).put("soldOut", true).put("portionsLeft", 0);
            }
        }
        send(exchange, 200, scan.toString());
    }

    private void placeOrder(HttpExchange exchange, byte[] body) throws IOException {
        String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
        orderPosts.add(key);
        synchronized (ordersByKey) {
            ObjectNode existing = ordersByKey.get(key);
            if (existing != null) {
                send(exchange, 200, existing.toString());
                return;
            }
            JsonNode request = Json.mapper().readTree(body);
            long cardId = cn.xingfu.kiosk.card.CardToken.parse(
                            request.path("cardToken").asString())
                    .cardId();
            java.math.BigDecimal balance = balances.get(cardId);
            if ("WALLET".equals(request.path("payment").asString())
                    && balance != null
                    && balance.compareTo(new java.math.BigDecimal("12.00")) < 0) {
                problem(exchange, 409, "WALLET_INSUFFICIENT", "余额不足", "Not enough balance", null);
                return;
            }
            for (JsonNode item : request.path("items")) {
                long id = item.path("menuItemId").asLong();
                if (soldOut.contains(id)) {
                    problem(exchange, 409, "SOLD_OUT", "这道菜已经卖完了", "This dish is sold out", id);
                    return;
                }
            }
            ObjectNode order = (ObjectNode) Json.mapper().readTree(Examples.read("order-response.json"));
            long orderId = nextOrderId.getAndIncrement();
            order.put("orderId", orderId);
            order.put("orderNumber", String.format("A%03d", orderId - 900000));
            order.put("channel", request.path("channel").asString());
            order.put("payment", request.path("payment").asString());
            order.put("paymentStatus", "CASH".equals(request.path("payment").asString()) ? "AWAITING_CASH" : "PAID");
            if (request.has("offlineCreatedAt")) {
                order.put("offlineCreatedAt", request.path("offlineCreatedAt").asString());
            }
            order.put("idempotencyKey", key);
            ordersByKey.put(key, order);
            orderBodies.add(request);
            ordersById.put(orderId, order);
            send(exchange, 201, order.toString());
        }
    }

    private static void problem(HttpExchange exchange, int status, String code, String zh, String en, Long itemId)
            throws IOException {
        String item = itemId == null ? "" : ",\"menuItemId\":" + itemId;
        exchange.getResponseHeaders().set("Content-Type", "application/problem+json");
        byte[] bytes = ("{\"type\":\"about:blank\",\"title\":\"" + code + "\",\"status\":" + status + ",\"code\":\""
                        + code + "\",\"messageZh\":\"" + zh + "\",\"messageEn\":\"" + en + "\"" + item + "}")
                .getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static void send(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        if (!exchange.getResponseHeaders().containsKey("Content-Type")) {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
        }
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
