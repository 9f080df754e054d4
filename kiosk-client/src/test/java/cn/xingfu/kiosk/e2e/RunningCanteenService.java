package cn.xingfu.kiosk.e2e;

import cn.xingfu.canteen.CanteenApplication;
import cn.xingfu.kiosk.canteen.CanteenClient;
import cn.xingfu.kiosk.canteen.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import tools.jackson.databind.JsonNode;

/**
 * The real canteen-service, started in this JVM with its demo data on an H2 file database of its own, so it can be
 * stopped and started again (same port, same data) to play "the service went away". Its clock runs at 09:30 Beijing
 * time today, so lunch is being ordered whenever the test runs.
 */
final class RunningCanteenService implements AutoCloseable {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final Path dataDir;
    private int port;
    private ConfigurableApplicationContext context;
    private final HttpClient http = HttpClient.newHttpClient();

    RunningCanteenService(Path dataDir) {
        this.dataDir = dataDir;
    }

    void start() {
        String db = "jdbc:h2:file:" + dataDir.resolve("canteen").toAbsolutePath()
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        context = new SpringApplicationBuilder(CanteenApplication.class, LunchTimeClock.class)
                .run(
                        "--server.port=" + port,
                        "--server.address=127.0.0.1",
                        "--server.shutdown=immediate",
                        "--spring.profiles.active=demo",
                        "--spring.datasource.url=" + db,
                        // every virtual kiosk signs in as the one demo kiosk, far above a real kiosk's scans a minute
                        "--xingfu.security.scans-per-minute=100000000",
                        "--spring.main.banner-mode=off");
        port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    void stop() {
        if (context != null) {
            context.close();
            context = null;
        }
    }

    boolean running() {
        return context != null;
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + port);
    }

    @Override
    public void close() {
        stop();
    }

    /** A call as a staff member or manager of the demo data (HTTP Basic), answering JSON. */
    JsonNode call(String user, String password, String method, String path, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url() + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", CanteenClient.basicAuthorization(user, password))
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(
                                        Json.mapper().writeValueAsBytes(body)));
        try {
            HttpResponse<String> response =
                    http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(
                        method + " " + path + " answered " + response.statusCode() + ": " + response.body());
            }
            return Json.mapper().readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** PUTs raw bytes (a picture) as a manager; answers the JSON reply. */
    JsonNode upload(String user, String password, String path, byte[] body, String contentType) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url() + path))
                .header("Authorization", CanteenClient.basicAuthorization(user, password))
                .header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        HttpResponse<String> response = send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return Json.mapper().readTree(response.body());
    }

    byte[] bytes(String user, String password, String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url() + path))
                .header("Authorization", CanteenClient.basicAuthorization(user, password))
                .build();
        HttpResponse<byte[]> response = send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode());
        }
        return response.body();
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return http.send(request, body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The service's clock, moved so that it is 09:30 in Beijing today: lunch is open for ordering. */
    @Configuration(proxyBeanMethods = false)
    static class LunchTimeClock {

        @Bean
        @Primary
        Clock lunchTimeClock() {
            Instant now = Instant.now();
            Instant target = LocalDate.now(CHINA)
                    .atTime(LocalTime.of(9, 30))
                    .atZone(CHINA)
                    .toInstant();
            return Clock.offset(Clock.system(CHINA), Duration.between(now, target));
        }
    }
}
