package cn.xingfu.kiosk.canteen;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * canteen-service's kiosk API over plain {@link HttpClient}. Every call authenticates with the kiosk's device
 * credentials. A 4xx becomes a {@link CanteenProblemException}; a network error, timeout or 5xx becomes a
 * {@link CanteenUnavailableException}, which the kiosk treats as "offline".
 */
public final class CanteenClient {

    private final URI baseUrl;
    private final String authorization;
    private final Duration timeout;
    private final HttpClient http;
    private final JsonMapper json = Json.mapper();

    public CanteenClient(URI baseUrl, String username, String password, Duration timeout) {
        String base = baseUrl.toString();
        this.baseUrl = URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
        this.authorization = basicAuthorization(username, password);
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    public static String basicAuthorization(String username, String password) {
        String pair = username + ":" + password;
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    public URI baseUrl() {
        return baseUrl;
    }

    public KioskMe me() {
        return get("/api/kiosk/me", KioskMe.class);
    }

    public ScanResult scan(String qr) {
        return post("/api/kiosk/scan", Map.of("qr", qr), Map.of(), ScanResult.class)
                .body();
    }

    public Quote quote(OrderRequest request) {
        return post("/api/orders/quote", request, Map.of(), Quote.class).body();
    }

    /** Places an order; the same idempotency key always yields the same order, so retries are safe. */
    public PlacedOrder placeOrder(UUID idempotencyKey, OrderRequest request) {
        Answer<OrderResponse> answer =
                post("/api/orders", request, Map.of("Idempotency-Key", idempotencyKey.toString()), OrderResponse.class);
        return new PlacedOrder(answer.body(), answer.status() == 201);
    }

    public OrderResponse order(long orderId) {
        return get("/api/orders/" + orderId, OrderResponse.class);
    }

    public OrderUpdates ordersSince(Instant since) {
        return get(
                "/api/kiosk/orders?since=" + URLEncoder.encode(since.toString(), StandardCharsets.UTF_8),
                OrderUpdates.class);
    }

    public MenuAvailability menuAvailability() {
        return get("/api/kiosk/menu", MenuAvailability.class);
    }

    /** A binary resource of the service (a dish picture), by its path as the service gave it. */
    public byte[] download(String path) {
        URI uri = path.startsWith("http://") || path.startsWith("https://")
                ? URI.create(path)
                : URI.create(baseUrl + path);
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("Authorization", authorization)
                .GET()
                .build();
        return send(request).body();
    }

    public CardKeys cardKeys() {
        return get("/api/cards/keys", CardKeys.class);
    }

    private <T> T get(String path, Class<T> type) {
        HttpRequest request = base(path).GET().build();
        return exchange(request, type).body();
    }

    private <T> Answer<T> post(String path, Object body, Map<String, String> headers, Class<T> type) {
        HttpRequest.Builder builder = base(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)));
        headers.forEach(builder::header);
        return exchange(builder.build(), type);
    }

    private HttpRequest.Builder base(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(timeout)
                .header("Authorization", authorization)
                .header("Accept", "application/json, application/problem+json");
    }

    private <T> Answer<T> exchange(HttpRequest request, Class<T> type) {
        HttpResponse<byte[]> response = send(request);
        try {
            return new Answer<>(response.statusCode(), json.readValue(response.body(), type));
        } catch (JacksonException e) {
            throw new CanteenUnavailableException("unreadable answer from " + request.uri() + ": " + e, e);
        }
    }

    /** Sends; a 4xx becomes a problem, a network failure or 5xx "unavailable". */
    private HttpResponse<byte[]> send(HttpRequest request) {
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new CanteenUnavailableException(request.method() + " " + request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CanteenUnavailableException("interrupted", e);
        }
        int status = response.statusCode();
        if (status >= 500) {
            throw new CanteenUnavailableException(request.method() + " " + request.uri() + " answered " + status, null);
        }
        if (status >= 400) {
            throw new CanteenProblemException(problem(status, response.body()));
        }
        return response;
    }

    private Problem problem(int status, byte[] body) {
        try {
            Problem problem = json.readValue(body, Problem.class);
            if (problem != null && problem.code() != null) {
                return problem;
            }
        } catch (JacksonException e) {
            // not problem+json (e.g. a proxy's page): fall through to a generic problem
        }
        return switch (status) {
            case 401, 403 ->
                Problem.of(
                        status,
                        "KIOSK_NOT_AUTHORISED",
                        "本机未获授权，请联系工作人员",
                        "This kiosk is not authorised; please call staff");
            case 404 -> Problem.of(status, "NOT_FOUND", "没有找到", "Not found");
            default ->
                Problem.of(status, "REQUEST_REFUSED", "请求未被接受，请联系工作人员", "The request was refused; please call staff");
        };
    }

    private record Answer<T>(int status, T body) {}
}
