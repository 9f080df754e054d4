package cn.xingfu.canteen.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A tiny real-HTTP client for tests: raw bodies, Basic auth, JSON answers. */
public final class Http {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    public Http(int port) {
        this.base = "http://localhost:" + port;
    }

    public Answer get(String path, String user, String password) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), user, password, Map.of());
    }

    /** A binary answer (a PDF, an image) as bytes, which a text body would corrupt. */
    public Download download(String path, String user, String password) {
        HttpResponse<byte[]> response = exchange(
                HttpRequest.newBuilder(URI.create(base + path)).GET(),
                user,
                password,
                Map.of(),
                HttpResponse.BodyHandlers.ofByteArray());
        return new Download(response.statusCode(), contentType(response), response.body());
    }

    public Answer post(String path, String user, String password, String body, Map<String, String> headers) {
        return send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                        .header("Content-Type", "application/json"),
                user,
                password,
                headers);
    }

    public Answer post(String path, String user, String password, Object body, Map<String, String> headers) {
        return post(path, user, password, JSON.writeValueAsString(body), headers);
    }

    private Answer send(HttpRequest.Builder request, String user, String password, Map<String, String> headers) {
        HttpResponse<String> response =
                exchange(request, user, password, headers, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(response.statusCode(), contentType(response), response.body());
    }

    private <T> HttpResponse<T> exchange(
            HttpRequest.Builder request,
            String user,
            String password,
            Map<String, String> headers,
            HttpResponse.BodyHandler<T> body) {
        if (user != null) {
            String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            request.header("Authorization", "Basic " + basic);
        }
        new LinkedHashMap<>(headers).forEach(request::header);
        try {
            return client.send(request.timeout(Duration.ofSeconds(30)).build(), body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String contentType(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    /** Status, content type and raw bytes of a response. */
    public record Download(int status, String contentType, byte[] body) {}

    /** Status, content type and body of a response. */
    public record Answer(int status, String contentType, String body) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        /** The stable error code of a problem+json answer. */
        public String code() {
            return json().path("code").asString();
        }
    }
}
