package cn.xingfu.kiosk.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.xingfu.kiosk.FakeMenus;
import cn.xingfu.kiosk.e2e.DemoSeniors.CardHolder;
import cn.xingfu.kiosk.session.Dish;
import cn.xingfu.kiosk.ui.KioskUi;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import javafx.scene.image.ImageView;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The kiosk against the real canteen-service (demo data, kiosk01 / kiosk123): scan → menu → order → confirmation →
 * ready, and the offline journal surviving a kiosk restart and being replayed exactly once. The screenshots in
 * docs/screenshots come from here.
 */
class KioskEndToEndIT {

    private static final String STAFF = "staff01";
    private static final String STAFF_PASSWORD = "staff123";

    @TempDir
    static Path serviceDir;

    private static RunningCanteenService service;
    private static long canteenId;

    @TempDir
    Path kioskDir;

    private KioskUi kiosk;

    @BeforeAll
    static void startService() {
        service = new RunningCanteenService(serviceDir);
        service.start();
        canteenId = service.call("kiosk01", "kiosk123", "GET", "/api/kiosk/me", null)
                .path("canteenId")
                .asLong();
    }

    @AfterAll
    static void stopService() {
        if (service != null) {
            service.close();
        }
    }

    @AfterEach
    void closeKiosk() {
        if (kiosk != null) {
            kiosk.close();
        }
        if (!service.running()) {
            service.start();
        }
    }

    private void startKiosk() {
        kiosk = KioskUi.start(KioskUi.config(service.url(), kioskDir));
        kiosk.waitForText("connection", "联网正常");
    }

    private long firstOrderableDish() {
        return kiosk.onFx(() -> kiosk.session().dishes().stream()
                .filter(Dish::orderable)
                .findFirst()
                .orElseThrow()
                .item()
                .menuItemId());
    }

    private void advance(long orderId, String status) {
        service.call(STAFF, STAFF_PASSWORD, "POST", "/api/orders/" + orderId + "/transitions", Map.of("to", status));
    }

    @Test
    void scanMenuOrderConfirmationAndReady() {
        CardHolder senior = DemoSeniors.register(service, canteenId, "端到端甲");
        // a manager gives the first dish of today's lunch a picture; the kiosk's menu answer carries its URL
        JsonNode lunch = service.call(
                DemoSeniors.MANAGER,
                DemoSeniors.MANAGER_PASSWORD,
                "GET",
                "/api/canteens/" + canteenId + "/menus?date=" + LocalDate.now(ZoneId.of("Asia/Shanghai"))
                        + "&period=LUNCH",
                null);
        JsonNode pictured = lunch.path("items").get(0);
        service.upload(
                DemoSeniors.MANAGER,
                DemoSeniors.MANAGER_PASSWORD,
                "/api/dishes/" + pictured.path("dishId").asLong() + "/picture",
                FakeMenus.picture("e2e"),
                "image/png");
        startKiosk();
        kiosk.waitForText("period", "午餐");
        kiosk.checkSeniorFriendly();
        kiosk.screenshot("kiosk-welcome.png");

        kiosk.scan(senior.token());
        kiosk.waitForText("senior-name", "您好");
        assertThat(kiosk.text("senior-name")).contains("*");
        assertThat(kiosk.text("balance")).contains("50.00");
        long withPicture = pictured.path("menuItemId").asLong();
        kiosk.showDish(withPicture);
        await().atMost(Duration.ofSeconds(20))
                .until(() ->
                        kiosk.onFx(() -> ((ImageView) kiosk.node("dish-picture-" + withPicture)).getImage() != null));
        while (kiosk.onFx(() -> kiosk.view().menuPage()) > 0) {
            kiosk.tap("page-previous");
        }
        int tapsBefore = kiosk.taps();
        long dish = firstOrderableDish();
        kiosk.tapDish(dish);
        kiosk.waitForText("dish-state-" + dish, "已选");
        kiosk.waitForText("total-pay", "您付");
        assertThat(kiosk.text("quote-subsidy"))
                .as("the real subsidy for the chosen dish")
                .isNotBlank();
        kiosk.checkSeniorFriendly();
        kiosk.tap("place-order");

        kiosk.waitForText("confirm-title", "下单成功");
        assertThat(kiosk.taps() - tapsBefore)
                .as("taps from the menu to a placed order")
                .isLessThanOrEqualTo(3);
        String number = kiosk.text("order-number");
        JsonNode orders =
                service.call(STAFF, STAFF_PASSWORD, "GET", "/api/seniors/" + senior.seniorId() + "/orders", null);
        assertThat(orders).hasSize(1);
        JsonNode order = orders.get(0);
        assertThat(order.path("orderNumber").asString()).isEqualTo(number);
        assertThat(order.path("kioskId").isNull()).isFalse();
        assertThat(kiosk.text("payment"))
                .contains(order.path("selfPay").decimalValue().setScale(2).toPlainString());
        kiosk.checkSeniorFriendly();
        kiosk.screenshot("kiosk-confirm.png");

        long orderId = order.path("orderId").asLong();
        advance(orderId, "PREPARING");
        kiosk.waitForText("order-status", "正在为您准备");
        advance(orderId, "READY");
        kiosk.waitForText("order-status", "您的饭菜好了");
        kiosk.checkSeniorFriendly();
        kiosk.screenshot("kiosk-ready.png");
    }

    @Test
    void ordersTakenOfflineSurviveAKioskRestartAndAreReplayedExactlyOnce() {
        CardHolder first = DemoSeniors.register(service, canteenId, "端到端乙");
        CardHolder second = DemoSeniors.register(service, canteenId, "端到端丙");
        startKiosk();
        // one scan while online leaves the menu and the card keys in the kiosk's cache
        kiosk.scan(first.token());
        kiosk.waitForText("senior-name", "您好");
        kiosk.tap("cancel");
        kiosk.waitForText("scan-instruction", "二维码");

        service.stop();
        kiosk.scan(first.token());
        kiosk.waitForText("offline-banner", "价格待确认");
        long dish = firstOrderableDish();
        kiosk.tapDish(dish);
        kiosk.tap("place-order");
        kiosk.waitForText("confirm-title", "订单已保存");
        kiosk.tap("done");
        kiosk.scan(second.token());
        kiosk.waitForText("offline-banner", "价格待确认");
        kiosk.tapDish(dish);
        kiosk.tap("channel-TAKEAWAY");
        kiosk.tap("place-order");
        kiosk.waitForText("order-number", "L002");
        kiosk.waitForText("pending-count", "待发送订单：2 单");
        kiosk.checkSeniorFriendly();
        kiosk.screenshot("kiosk-offline.png");

        kiosk.close();
        kiosk = KioskUi.start(KioskUi.config(service.url(), kioskDir));
        kiosk.waitForText("pending-count", "待发送订单：2 单");

        service.start();
        await().atMost(Duration.ofSeconds(60)).until(() -> "待发送订单：0 单".equals(kiosk.text("pending-count")));
        kiosk.waitForText("replay-notice", "已确认");

        JsonNode firstOrders =
                service.call(STAFF, STAFF_PASSWORD, "GET", "/api/seniors/" + first.seniorId() + "/orders", null);
        JsonNode secondOrders =
                service.call(STAFF, STAFF_PASSWORD, "GET", "/api/seniors/" + second.seniorId() + "/orders", null);
        assertThat(firstOrders).hasSize(1);
        assertThat(secondOrders).hasSize(1);
        assertThat(firstOrders.get(0).path("channel").asString()).isEqualTo("DINE_IN");
        assertThat(secondOrders.get(0).path("channel").asString()).isEqualTo("TAKEAWAY");
        assertThat(secondOrders.get(0).path("period").asString()).isEqualTo("LUNCH");

        // a further restart sends nothing again
        kiosk.close();
        kiosk = KioskUi.start(KioskUi.config(service.url(), kioskDir));
        kiosk.waitForText("connection", "联网正常");
        assertThat(kiosk.text("pending-count")).isEqualTo("待发送订单：0 单");
        assertThat(service.call(STAFF, STAFF_PASSWORD, "GET", "/api/seniors/" + first.seniorId() + "/orders", null))
                .hasSize(1);
    }
}
