package cn.xingfu.kiosk.canteen;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xingfu.kiosk.Examples;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The kiosk's records read every example of the shared contract, field by field. */
class ContractExamplesTests {

    private static <T> T parse(String file, Class<T> type) {
        return Json.mapper().readValue(Examples.read(file), type);
    }

    @Test
    void readsKioskIdentity() {
        KioskMe me = parse("kiosk-me.json", KioskMe.class);
        assertThat(me.kioskId()).isEqualTo(700001);
        assertThat(me.username()).isEqualTo("kiosk01");
        assertThat(me.canteenId()).isEqualTo(1);
        assertThat(me.canteenName()).isEqualTo("珞璜镇碑亭社区帅乡幸福食堂");
        assertThat(me.serviceDate()).isEqualTo(LocalDate.of(2026, 11, 29));
        assertThat(me.period()).isEqualTo("LUNCH");
    }

    @Test
    void readsTheIdentityOfAClosedDayWithoutChokingOnTheClosure() {
        // the kiosk does not show the closure itself yet; it must still read the rest of the answer
        KioskMe me = parse("kiosk-me-closed.json", KioskMe.class);
        assertThat(me.canteenId()).isEqualTo(1);
        assertThat(me.serviceDate()).isEqualTo(LocalDate.of(2031, 10, 1));
        assertThat(me.period()).isEqualTo("BREAKFAST");
    }

    @Test
    void readsScanResultWithWarnings() {
        ScanResult scan = parse("kiosk-scan-response.json", ScanResult.class);
        assertThat(scan.cardId()).isEqualTo(123);
        assertThat(scan.seniorId()).isEqualTo(456);
        assertThat(scan.maskedName()).isEqualTo("张*丰");
        assertThat(scan.channels()).containsExactly("DINE_IN", "TAKEAWAY");
        assertThat(scan.walletBalance()).isEqualByComparingTo("35.50");
        assertThat(scan.subsidy().tierCode()).isEqualTo("AGE_80");
        assertThat(scan.subsidy().amount()).isEqualByComparingTo("3.00");
        assertThat(scan.subsidy().available()).isTrue();
        MenuItem pork = scan.items().get(0);
        assertThat(pork.menuItemId()).isEqualTo(789);
        assertThat(pork.nameEn()).isEqualTo("Twice-cooked pork");
        assertThat(pork.price()).isEqualByComparingTo("12.00");
        assertThat(pork.estimatedSelfPay()).isEqualByComparingTo("9.00");
        assertThat(pork.portionsLeft()).isEqualTo(25);
        assertThat(pork.soldOut()).isFalse();
        assertThat(pork.warnings()).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo("TEXTURE_TOO_FIRM");
            assertThat(w.blocking()).isFalse();
        });
        assertThat(pork.blocked()).isFalse();
        assertThat(pork.pictureUrl()).isEqualTo("/api/dishes/41/picture?v=3f9a0c1d2e4b5a69");
        assertThat(scan.items().get(1).pictureUrl()).as("no picture").isNull();
        assertThat(scan.items().get(1).soldOut()).isTrue();
        assertThat(scan.items().get(2).blocked()).isTrue();
    }

    @Test
    void writesOrderRequestAsTheExample() {
        OrderRequest example = parse("order-request.json", OrderRequest.class);
        assertThat(example.items()).containsExactly(new OrderItem(789, 1));
        assertThat(example.offlineCreatedAt()).isEqualTo(Instant.parse("2026-11-29T03:55:00Z"));
        JsonNode written = Json.mapper().readTree(Json.mapper().writeValueAsString(example));
        JsonNode expected = Json.mapper().readTree(Examples.read("order-request.json"));
        assertThat(written).isEqualTo(expected);
        String online = Json.mapper().writeValueAsString(example.withOfflineCreatedAt(null));
        assertThat(online).doesNotContain("offlineCreatedAt");
    }

    @Test
    void readsQuoteAndOrderResponse() {
        Quote quote = parse("order-quote.json", Quote.class);
        assertThat(quote.selfPay()).isEqualByComparingTo("12.00");
        assertThat(quote.subsidy()).isEqualByComparingTo("3.00");
        assertThat(quote.reason()).isEqualTo("OK");
        assertThat(quote.unsubsidised()).isFalse();
        OrderResponse order = parse("order-response.json", OrderResponse.class);
        assertThat(order.orderId()).isEqualTo(900001);
        assertThat(order.orderNumber()).isEqualTo("A023");
        assertThat(order.status()).isEqualTo("PLACED");
        assertThat(order.lines()).singleElement().satisfies(line -> {
            assertThat(line.name()).isEqualTo("回锅肉");
            assertThat(line.unitPrice()).isEqualByComparingTo(new BigDecimal("12.00"));
        });
        assertThat(order.paymentStatus()).isEqualTo("PAID");
        assertThat(order.version()).isEqualTo(1);
        assertThat(order.placedAt()).isEqualTo(Instant.parse("2026-11-29T03:56:01.123Z"));
        assertThat(order.asUpdate().kioskId()).isEqualTo(700001L);
    }

    @Test
    void readsLiveMessagesAndCatchUp() {
        OrderUpdate update = parse("order-update.json", OrderUpdate.class);
        assertThat(update.status()).isEqualTo("READY");
        assertThat(update.version()).isEqualTo(3);
        OrderUpdates missed = parse("kiosk-orders.json", OrderUpdates.class);
        assertThat(missed.asOf()).isEqualTo(Instant.parse("2026-11-29T03:10:00Z"));
        assertThat(missed.orders())
                .singleElement()
                .extracting(OrderUpdate::status)
                .isEqualTo("PREPARING");
        MenuAvailability menu = parse("menu-availability.json", MenuAvailability.class);
        assertThat(menu.items().get(0).soldOut()).isTrue();
        assertThat(menu.items().get(0).portionsLeft()).isZero();
        MenuChange change = parse("menu-change.json", MenuChange.class);
        assertThat(change.menuItemId()).isEqualTo(789);
        assertThat(change.soldOut()).isTrue();
    }

    @Test
    void readsKeysAndProblems() {
        CardKeys keys = parse("card-keys.json", CardKeys.class);
        assertThat(keys.keys()).singleElement().satisfies(k -> {
            assertThat(k.keyId()).isEqualTo("k1");
            assertThat(k.algorithm()).isEqualTo("Ed25519");
            assertThat(k.active()).isTrue();
        });
        Problem problem = parse("problem.json", Problem.class);
        assertThat(problem.status()).isEqualTo(409);
        assertThat(problem.code()).isEqualTo("SOLD_OUT");
        assertThat(problem.messageZh()).isNotBlank();
        assertThat(problem.messageEn()).isNotBlank();
        assertThat(problem.menuItemId()).isEqualTo(789L);
    }

    @Test
    void everyExampleFileIsCoveredHere() throws Exception {
        try (Stream<java.nio.file.Path> files = java.nio.file.Files.list(Examples.DIR)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")))
                    .containsExactlyInAnyOrder(
                            "kiosk-me.json",
                            "kiosk-me-closed.json",
                            "kiosk-scan-response.json",
                            "order-request.json",
                            "order-quote.json",
                            "order-response.json",
                            "order-update.json",
                            "kiosk-orders.json",
                            "menu-availability.json",
                            "menu-change.json",
                            "card-keys.json",
                            "problem.json");
        }
    }
}
