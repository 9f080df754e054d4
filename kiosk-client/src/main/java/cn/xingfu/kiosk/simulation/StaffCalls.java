package cn.xingfu.kiosk.simulation;

import cn.xingfu.kiosk.canteen.CanteenClient;
import cn.xingfu.kiosk.canteen.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import tools.jackson.databind.JsonNode;

/**
 * The staff side of the simulation over the service's REST API: the manager sets up a dish and seniors with cards,
 * the kitchen moves orders on. Not kiosk protocol, so kept apart from {@link CanteenClient}.
 */
final class StaffCalls {

    private final URI base;
    private final String authorization;
    private final HttpClient http;

    StaffCalls(URI base, String user, String password, HttpClient http) {
        String text = base.toString();
        this.base = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
        this.authorization = CanteenClient.basicAuthorization(user, password);
        this.http = http;
    }

    /** A dish on the given meal with enough portions for the whole run, published. Returns its menu item id. */
    long dishOnMeal(long canteenId, LocalDate date, String period, long portions) {
        Map<String, Object> dish = new LinkedHashMap<>();
        dish.put("name", "模拟套餐" + ThreadLocalRandom.current().nextInt(100_000));
        dish.put("nameEn", "Simulation set");
        dish.put("price", 12.00);
        dish.put("category", "MAIN");
        dish.put("allergens", List.of());
        dish.put("dietaryTags", List.of());
        dish.put("texture", "NORMAL");
        long dishId = call("POST", "/api/dishes", dish).path("id").asLong();
        JsonNode item = call(
                "PUT",
                "/api/canteens/" + canteenId + "/menus/items",
                Map.of("serviceDate", date.toString(), "period", period, "dishId", dishId, "portions", portions));
        LocalDate monday = date.minusDays(date.getDayOfWeek().getValue() - 1L);
        call("POST", "/api/canteens/" + canteenId + "/menus/publish-week", Map.of("weekStart", monday.toString()));
        return item.path("menuItemId").asLong();
    }

    /** A senior of the canteen, 61 to 95 years old, with 5,000 yuan in the wallet; returns the card's token. */
    String seniorWithCard(long canteenId, int n) {
        LocalDate birth =
                LocalDate.of(1931, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(12_700));
        Map<String, Object> senior = new LinkedHashMap<>();
        senior.put("name", "模拟长者" + n);
        senior.put("idNumber", ResidentIds.jiangjin(birth));
        senior.put("address", "几江街道模拟路 " + n + " 号");
        senior.put("homeCanteenId", canteenId);
        JsonNode registered = call("POST", "/api/seniors", senior);
        long seniorId = registered
                .path("senior")
                .path("id")
                .asLong(registered.path("id").asLong());
        call("POST", "/api/seniors/" + seniorId + "/wallet/top-ups", Map.of("amount", 5000));
        return call("POST", "/api/cards", Map.of("seniorId", seniorId))
                .path("token")
                .asString();
    }

    /** The kitchen display's tap: PREPARING, READY. */
    void advance(long orderId, String status) {
        call("POST", "/api/orders/" + orderId + "/transitions", Map.of("to", status));
    }

    private JsonNode call(String method, String path, Object body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", authorization)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .header("Content-Type", "application/json")
                .method(
                        method,
                        HttpRequest.BodyPublishers.ofByteArray(Json.mapper().writeValueAsBytes(body)))
                .build();
        try {
            HttpResponse<String> response =
                    http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() >= 300) {
                throw new StaffCallRefused(
                        method + " " + path + " answered " + response.statusCode() + ": " + response.body());
            }
            return Json.mapper().readTree(response.body());
        } catch (IOException e) {
            throw new StaffCallRefused(method + " " + path + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StaffCallRefused("interrupted");
        }
    }

    static final class StaffCallRefused extends RuntimeException {
        StaffCallRefused(String message) {
            super(message);
        }
    }
}
