package cn.xingfu.kernel.badinput;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Sends requests to a service on a real port, as an outside client does (chunked bodies included). */
public final class ApiProbe {

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final int port;

    public ApiProbe(int port) {
        this.port = port;
    }

    /** Who sends a request: HTTP Basic credentials. */
    public record Caller(String username, String password) {

        String authorization() {
            return "Basic "
                    + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** What came back. */
    public record Answer(int status, String contentType, String body) {

        public String code() {
            try {
                return ApiDocument.JSON.readTree(body).path("code").asString();
            } catch (RuntimeException notJson) {
                return "";
            }
        }

        /** An RFC 9457 problem with our stable {@code code}. */
        public boolean isProblemWithCode() {
            return contentType.startsWith("application/problem+json") && !code().isBlank();
        }
    }

    /** A JSON body (or none), sent in one piece. */
    public Answer send(Caller caller, String method, String path, @Nullable String json) {
        return send(caller, method, path, json, json != null ? "application/json" : null, false);
    }

    /** A JSON body sent with chunked transfer encoding (no Content-Length). */
    public Answer sendChunked(Caller caller, String method, String path, String json) {
        return send(caller, method, path, json, "application/json", true);
    }

    public Answer send(
            Caller caller,
            String method,
            String path,
            @Nullable String body,
            @Nullable String contentType,
            boolean chunked) {
        return send(caller, method, path, body, contentType, chunked, Duration.ofSeconds(30));
    }

    /**
     * The service's OpenAPI document. Springdoc builds it on the first call, which took 28 s on a loaded 2-core
     * machine: longer than a request of the suite may take, so this one may take three minutes.
     */
    public ApiDocument document(Caller caller) {
        Answer docs = send(caller, "GET", "/v3/api-docs", null, null, false, Duration.ofMinutes(3));
        if (docs.status() != 200) {
            throw new IllegalStateException("no OpenAPI document: " + docs.status() + " " + docs.body());
        }
        return ApiDocument.parse(docs.body());
    }

    private Answer send(
            Caller caller,
            String method,
            String path,
            @Nullable String body,
            @Nullable String contentType,
            boolean chunked,
            Duration timeout) {
        HttpRequest.BodyPublisher publisher = body == null
                ? HttpRequest.BodyPublishers.noBody()
                : chunked
                        ? HttpRequest.BodyPublishers.ofInputStream(
                                () -> new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)))
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8);
        // an image or PDF endpoint rightly answers 406 to a JSON-only client; a real client accepts their type too
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(timeout)
                .method(method.toUpperCase(), publisher)
                .header("Accept", "application/json, */*;q=0.5")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .header("Authorization", caller.authorization());
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
}
