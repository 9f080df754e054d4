package cn.xingfu.canteen.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xingfu.canteen.card.CardManagement;
import cn.xingfu.canteen.card.CardView;
import cn.xingfu.canteen.menu.MenuCatalog;
import cn.xingfu.canteen.menu.MenuItemView;
import cn.xingfu.canteen.senior.ConsentRecord;
import cn.xingfu.canteen.senior.ConsentScope;
import cn.xingfu.canteen.senior.Consents;
import cn.xingfu.canteen.senior.DietaryNeeds;
import cn.xingfu.canteen.senior.EligibilityStatus;
import cn.xingfu.canteen.senior.SeniorFixtures;
import cn.xingfu.canteen.senior.StatusPeriod;
import cn.xingfu.canteen.shared.food.Allergen;
import cn.xingfu.canteen.shared.food.Texture;
import cn.xingfu.canteen.support.Http;
import cn.xingfu.canteen.support.TestClock;
import cn.xingfu.canteen.wallet.Wallets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The order API over real HTTP: the kiosk's happy path and every way a bad request is refused unchanged. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OrderApiIT {

    @LocalServerPort
    int port;

    @Autowired
    OrderingScenario scenario;

    @Autowired
    CardManagement cards;

    @Autowired
    MenuCatalog menus;

    @Autowired
    Wallets wallets;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Consents consents;

    @Autowired
    TestClock clock;

    Http http;
    OrderingScenario.World world;
    MenuItemView pork;
    long senior;
    CardView card;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        world = scenario.newWorld();
        pork = world.lunchDish("回锅肉", "12.00", 10);
        senior = world.senior(85, "50.00");
        card = cards.issue(senior, Set.of(), world.manager);
    }

    @AfterEach
    void releaseClock() {
        clock.reset();
    }

    private Http.Answer kioskOrder(Object body, String key) {
        return http.post(
                "/api/orders",
                world.kiosk.username(),
                OrderingScenario.KIOSK_PASSWORD,
                body,
                Map.of("Idempotency-Key", key));
    }

    private Map<String, Object> order(String token, String channel, long menuItemId, int quantity) {
        return Map.of(
                "cardToken",
                token,
                "channel",
                channel,
                "payment",
                "WALLET",
                "items",
                List.of(Map.of("menuItemId", menuItemId, "quantity", quantity)));
    }

    private void assertNothingChanged() {
        assertThat(menus.item(pork.menuItemId()).portionsLeft()).isEqualTo(10);
        assertThat(wallets.balanceOf(senior)).isEqualByComparingTo("50.00");
        assertThat(jdbc.queryForObject("select count(*) from meal_order where senior_id = ?", Integer.class, senior))
                .isZero();
    }

    private static void assertProblem(Http.Answer answer, int status, String code) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.code()).isEqualTo(code);
        assertThat(answer.json().path("messageZh").asString()).isNotBlank();
        assertThat(answer.json().path("messageEn").asString()).isNotBlank();
    }

    @Test
    void aKioskScansThenOrdersAndARetryReturnsTheSameOrder() {
        Http.Answer scan = http.post(
                "/api/kiosk/scan",
                world.kiosk.username(),
                OrderingScenario.KIOSK_PASSWORD,
                Map.of("qr", card.token()),
                Map.of());
        assertThat(scan.status()).as(scan.body()).isEqualTo(200);
        assertThat(scan.json().path("maskedName").asString()).contains("*");
        assertThat(scan.json().path("period").asString()).isEqualTo("LUNCH");
        assertThat(scan.json().path("subsidy").path("amount").decimalValue()).isEqualByComparingTo("3.00");
        assertThat(scan.json().path("items").get(0).path("estimatedSelfPay").decimalValue())
                .isEqualByComparingTo("9.00");

        String key = UUID.randomUUID().toString();
        Http.Answer first = kioskOrder(order(card.token(), "DINE_IN", pork.menuItemId(), 1), key);
        Http.Answer retry = kioskOrder(order(card.token(), "DINE_IN", pork.menuItemId(), 1), key);

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.json().path("orderId").asLong())
                .isEqualTo(first.json().path("orderId").asLong());
        assertThat(first.json().path("orderNumber").asString()).isEqualTo("A001");
        assertThat(first.json().path("selfPay").decimalValue()).isEqualByComparingTo("9.00");
        assertThat(first.json().path("kioskId").asLong()).isEqualTo(world.kiosk.id());
        assertThat(wallets.balanceOf(senior)).isEqualByComparingTo("41.00");

        Http.Answer mine = http.get(
                "/api/kiosk/orders?since=2020-01-01T00:00:00Z",
                world.kiosk.username(),
                OrderingScenario.KIOSK_PASSWORD);
        assertThat(mine.json().path("orders")).hasSize(1);
    }

    @Test
    void aScanExplainsKindlyWhyNoDietaryWarningOrStatusTierAppliesUntilTheConsentIsGiven() {
        MenuItemView peanuts = world.dish("宫保鸡丁", "12.00", 5, Set.of(Allergen.PEANUT), Texture.NORMAL);
        long registeredBefore = world.senior(
                OrderingScenario.DAY.minusYears(65).minusDays(10),
                "50.00",
                List.of(new StatusPeriod(EligibilityStatus.DISABLED, "区民政局", OrderingScenario.DAY.minusYears(1), null)),
                new DietaryNeeds(Set.of(), Set.of(Allergen.PEANUT), Texture.NORMAL));
        SeniorFixtures.forgetConsents(jdbc, registeredBefore);
        CardView itsCard = cards.issue(registeredBefore, Set.of(), world.manager);

        Http.Answer scan = scan(itsCard.token());
        assertThat(scan.status()).as(scan.body()).isEqualTo(200);
        // the age tier only, and no warning on the peanut dish: neither the status nor the allergy may be used
        assertThat(scan.json().path("subsidy").path("tierCode").asString()).isEqualTo("AGE_60");
        assertThat(dish(scan, peanuts).path("warnings")).isEmpty();
        assertThat(scan.json().path("consentNotices")).hasSize(2);
        assertThat(scan.json().path("consentNotices").get(0).path("scope").asString())
                .isEqualTo("HEALTH_DIET");
        assertThat(scan.json().path("consentNotices").get(0).path("messageZh").asString())
                .contains("不会提醒忌口");
        assertThat(scan.json().path("consentNotices").get(1).path("messageEn").asString())
                .contains("by age only");
        assertThat(scan.body()).doesNotContain("DELIVERY_ADDRESS");

        for (ConsentScope scope : List.of(ConsentScope.HEALTH_DIET, ConsentScope.ELIGIBILITY_STATUS)) {
            consents.give(registeredBefore, scope, "本人", ConsentRecord.Relation.SELF, "2026-01", world.manager);
        }
        Http.Answer after = scan(itsCard.token());
        assertThat(after.json().path("subsidy").path("tierCode").asString()).isEqualTo("HARDSHIP");
        assertThat(dish(after, peanuts).path("warnings").get(0).path("code").asString())
                .isEqualTo("ALLERGEN_CONFLICT");
        assertThat(after.json().path("consentNotices")).isEmpty();
    }

    private Http.Answer scan(String token) {
        return http.post(
                "/api/kiosk/scan",
                world.kiosk.username(),
                OrderingScenario.KIOSK_PASSWORD,
                Map.of("qr", token),
                Map.of());
    }

    private static tools.jackson.databind.JsonNode dish(Http.Answer scan, MenuItemView item) {
        for (var dish : scan.json().path("items")) {
            if (dish.path("menuItemId").asLong() == item.menuItemId()) {
                return dish;
            }
        }
        throw new AssertionError("dish " + item.menuItemId() + " not on the scanned menu: " + scan.body());
    }

    @Test
    void malformedJsonIsRefused() {
        assertProblem(kioskOrder("{\"cardToken\": ", UUID.randomUUID().toString()), 400, "MALFORMED_REQUEST");
        assertProblem(
                http.post(
                        "/api/orders",
                        world.kiosk.username(),
                        OrderingScenario.KIOSK_PASSWORD,
                        "{\"channel\":\"TELEPORT\",\"items\":[]}",
                        Map.of("Idempotency-Key", UUID.randomUUID().toString())),
                400,
                "MALFORMED_REQUEST");
        assertNothingChanged();
    }

    @Test
    void unknownIdsAreNotFound() {
        assertProblem(
                kioskOrder(
                        order(card.token(), "DINE_IN", 987654321L, 1),
                        UUID.randomUUID().toString()),
                404,
                "MENU_ITEM_NOT_FOUND");
        assertProblem(http.get("/api/orders/987654321", world.manager.username(), "x"), 404, "ORDER_NOT_FOUND");
        assertNothingChanged();
    }

    @Test
    void negativeOrAbsurdQuantitiesAreRefused() {
        assertProblem(
                kioskOrder(
                        order(card.token(), "DINE_IN", pork.menuItemId(), -1),
                        UUID.randomUUID().toString()),
                400,
                "VALIDATION_FAILED");
        assertProblem(
                kioskOrder(
                        order(card.token(), "DINE_IN", pork.menuItemId(), 1000),
                        UUID.randomUUID().toString()),
                400,
                "VALIDATION_FAILED");
        assertProblem(
                kioskOrder(
                        order(card.token(), "DINE_IN", pork.menuItemId(), 0),
                        UUID.randomUUID().toString()),
                400,
                "VALIDATION_FAILED");
        assertNothingChanged();
    }

    @Test
    void orderingPastTheCutOffIsRefused() {
        clock.pin(OrderingScenario.DAY
                .atTime(12, 45)
                .atZone(OrderingScenario.CHINA)
                .toInstant());
        assertProblem(
                kioskOrder(
                        order(card.token(), "DINE_IN", pork.menuItemId(), 1),
                        UUID.randomUUID().toString()),
                422,
                "ORDERING_CLOSED");
        assertNothingChanged();
    }

    @Test
    void aSoldOutDishIsRefused() {
        long first = world.senior(70, "100.00");
        long second = world.senior(72, "100.00");
        CardView firstCard = cards.issue(first, Set.of(), world.manager);
        CardView secondCard = cards.issue(second, Set.of(), world.manager);
        Http.Answer half = kioskOrder(
                order(firstCard.token(), "DINE_IN", pork.menuItemId(), 5),
                UUID.randomUUID().toString());
        Http.Answer rest = kioskOrder(
                order(secondCard.token(), "DINE_IN", pork.menuItemId(), 5),
                UUID.randomUUID().toString());
        assertThat(half.status()).as(half.body()).isEqualTo(201);
        assertThat(rest.status()).as(rest.body()).isEqualTo(201);

        Http.Answer more = kioskOrder(
                order(firstCard.token(), "TAKEAWAY", pork.menuItemId(), 1),
                UUID.randomUUID().toString());

        assertProblem(more, 409, "SOLD_OUT");
        assertThat(more.json().path("menuItemId").asLong()).isEqualTo(pork.menuItemId());
        assertThat(wallets.balanceOf(first))
                .isEqualByComparingTo(new java.math.BigDecimal("100.00")
                        .subtract(half.json().path("selfPay").decimalValue()));
        assertThat(menus.item(pork.menuItemId()).portionsLeft()).isZero();
    }

    @Test
    void forgedBlockedAndSupersededCardsAreRefused() {
        String token = card.token();
        String forged = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
        assertProblem(
                kioskOrder(
                        order(forged, "DINE_IN", pork.menuItemId(), 1),
                        UUID.randomUUID().toString()),
                422,
                "CARD_FORGED");

        CardView reissued = cards.reissue(card.id(), world.manager);
        assertProblem(
                kioskOrder(
                        order(token, "DINE_IN", pork.menuItemId(), 1),
                        UUID.randomUUID().toString()),
                422,
                "CARD_SUPERSEDED");

        cards.block(reissued.id(), "lost", world.manager);
        assertProblem(
                kioskOrder(
                        order(reissued.token(), "DINE_IN", pork.menuItemId(), 1),
                        UUID.randomUUID().toString()),
                422,
                "CARD_BLOCKED");
        assertNothingChanged();
    }

    @Test
    void aCardFromAnotherCanteenIsOutOfScope() {
        OrderingScenario.World elsewhere = scenario.newWorld();
        Http.Answer answer = http.post(
                "/api/orders",
                elsewhere.kiosk.username(),
                OrderingScenario.KIOSK_PASSWORD,
                order(card.token(), "DINE_IN", pork.menuItemId(), 1),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertProblem(answer, 422, "CARD_OUT_OF_SCOPE");
        assertNothingChanged();
    }

    @Test
    void kiosksCannotOrderDelivery() {
        assertProblem(
                kioskOrder(
                        order(card.token(), "DELIVERY", pork.menuItemId(), 1),
                        UUID.randomUUID().toString()),
                422,
                "CHANNEL_NOT_AT_KIOSK");
        assertNothingChanged();
    }

    @Test
    void oversizedBodiesMissingKeysAndMissingLoginsAreRefused() {
        String huge = "{\"cardToken\":\"" + "x".repeat(70_000) + "\"}";
        assertProblem(kioskOrder(huge, UUID.randomUUID().toString()), 413, "BODY_TOO_LARGE");
        assertProblem(
                http.post(
                        "/api/orders",
                        world.kiosk.username(),
                        OrderingScenario.KIOSK_PASSWORD,
                        order(card.token(), "DINE_IN", pork.menuItemId(), 1),
                        Map.of()),
                400,
                "BAD_PARAMETER");
        assertProblem(
                http.post(
                        "/api/orders",
                        null,
                        null,
                        order(card.token(), "DINE_IN", pork.menuItemId(), 1),
                        Map.of("Idempotency-Key", UUID.randomUUID().toString())),
                401,
                "AUTHENTICATION_REQUIRED");
        assertProblem(
                http.post(
                        "/api/orders",
                        world.kiosk.username(),
                        "wrong-password",
                        order(card.token(), "DINE_IN", pork.menuItemId(), 1),
                        Map.of("Idempotency-Key", UUID.randomUUID().toString())),
                401,
                "AUTHENTICATION_REQUIRED");
        assertNothingChanged();
    }

    @Test
    void illegalTransitionsAreRefusedWithTheAllowedMoves() {
        Http.Answer placed = kioskOrder(
                order(card.token(), "DINE_IN", pork.menuItemId(), 1),
                UUID.randomUUID().toString());
        long orderId = placed.json().path("orderId").asLong();

        Http.Answer served = http.post(
                "/api/orders/" + orderId + "/transitions",
                world.manager.username(),
                "x",
                Map.of("to", "SERVED"),
                Map.of());
        assertProblem(served, 409, "ORDER_ILLEGAL_TRANSITION");

        Http.Answer byKiosk = http.post(
                "/api/orders/" + orderId + "/transitions",
                world.kiosk.username(),
                OrderingScenario.KIOSK_PASSWORD,
                Map.of("to", "PREPARING"),
                Map.of());
        assertProblem(byKiosk, 403, "STAFF_ONLY");

        Http.Answer preparing = http.post(
                "/api/orders/" + orderId + "/transitions",
                world.manager.username(),
                "x",
                Map.of("to", "PREPARING"),
                Map.of());
        assertThat(preparing.status()).isEqualTo(200);
        assertThat(preparing.json().path("version").asLong()).isEqualTo(2);
        Http.Answer cancel =
                http.post("/api/orders/" + orderId + "/cancel", world.manager.username(), "x", Map.of(), Map.of());
        assertProblem(cancel, 409, "ORDER_ILLEGAL_TRANSITION");
    }
}
