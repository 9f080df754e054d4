package cn.xingfu.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.xingfu.kiosk.FakeCanteenService;
import cn.xingfu.kiosk.TestCards;
import cn.xingfu.kiosk.session.Screen;
import java.nio.file.Path;
import java.time.Duration;
import javafx.scene.control.Button;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The kiosk's screens against a stand-in service that answers with the contract examples. The screenshots of the
 * main screens come from KioskEndToEndIT against the real service; the idle question is shot here.
 */
class KioskUiTests {

    @TempDir
    Path dataDir;

    private final TestCards cards = new TestCards("k1");
    private final FakeCanteenService service = FakeCanteenService.start(cards);
    private KioskUi kiosk;

    @AfterEach
    void close() {
        if (kiosk != null) {
            kiosk.close();
        }
        service.close();
    }

    private void startOnline() {
        kiosk = KioskUi.start(KioskUi.config(service.url(), dataDir));
        kiosk.waitForText("connection", "联网正常");
    }

    @Test
    void scanToReadyInTwoTapsWithEverythingSaidInWords() {
        startOnline();
        kiosk.waitForText("canteen-name", "幸福食堂");
        assertThat(kiosk.text("period")).contains("午餐");
        kiosk.checkSeniorFriendly();

        kiosk.scan(cards.token(123, 1, 1));
        kiosk.waitForText("senior-name", "张*丰");
        assertThat(kiosk.text("subsidy")).contains("80岁及以上").doesNotContain("3.00");
        assertThat(kiosk.exists("consent-notice-0"))
                .as("consents in force: nothing to explain")
                .isFalse();
        await().atMost(Duration.ofSeconds(5)).until(() -> kiosk.voice().all().contains("张老，您好"));
        assertThat(kiosk.voice().all())
                .as("the masked name is never read out with its stars")
                .doesNotContain("*");
        assertThat(kiosk.text("dish-state-790")).contains("已售完");
        assertThat(kiosk.text("dish-state-791")).contains("不适合您");
        assertThat(kiosk.checkSeniorFriendly()).isGreaterThan(10);

        kiosk.tap("dish-789");
        kiosk.waitForText("dish-state-789", "已选");
        kiosk.waitForText("total-pay", "您付 12.00 元");
        assertThat(kiosk.text("quote-subsidy")).isEqualTo("补贴 3.00 元");
        assertThat(kiosk.text("channel-DINE_IN")).startsWith("✓");
        kiosk.tap("place-order");

        kiosk.waitForText("order-number", "A001");
        assertThat(kiosk.taps()).as("taps from scan to a placed order").isLessThanOrEqualTo(3);
        assertThat(kiosk.text("confirm-title")).isEqualTo("下单成功");
        assertThat(kiosk.text("order-status")).contains("已下单");
        kiosk.checkSeniorFriendly();
        JsonNode order = service.orders().get(0);
        assertThat(order.path("channel").asString()).isEqualTo("DINE_IN");
        await().atMost(Duration.ofSeconds(5)).until(() -> kiosk.voice().all().contains("取餐号是 A，0，0，1"));

        service.setStatus(order.path("orderId").asLong(), "READY");
        kiosk.waitForText("order-status", "您的饭菜好了");
        assertThat(kiosk.node("order-status").getStyleClass()).contains("status-ready");
        await().atMost(Duration.ofSeconds(5)).until(() -> kiosk.voice().all().contains("A，0，0，1 号，您的饭菜好了"));
        kiosk.checkSeniorFriendly();

        kiosk.tap("done");
        kiosk.waitForText("scan-instruction", "二维码");
    }

    @Test
    void soldOutAndAllergenDishesCannotBeOrderedAndSaySo() {
        startOnline();
        kiosk.scan(cards.token(123, 1, 1));
        kiosk.waitForText("senior-name", "张*丰");
        kiosk.tapDish(791);
        kiosk.waitForText("message", "含有您过敏的虾类");
        kiosk.tapDish(790);
        kiosk.waitForText("message", "卖完");
        kiosk.tap("place-order");
        kiosk.waitForText("message", "请先点选一道菜");
        assertThat(service.orders()).isEmpty();

        // sold out between the scan and the tap on "place order": the dish greys out where it is
        kiosk.tapDish(789);
        double x = kiosk.onFx(() -> kiosk.node("dish-789").localToScene(0, 0).getX());
        service.soldOut(789);
        kiosk.tap("place-order");
        kiosk.waitForText("dish-state-789", "已售完");
        assertThat(kiosk.text("message")).contains("卖完");
        assertThat(kiosk.onFx(() -> kiosk.node("dish-789").localToScene(0, 0).getX()))
                .isEqualTo(x);
        assertThat(kiosk.session().screen().get()).isEqualTo(Screen.MENU);
    }

    @Test
    void aSeniorWithoutConsentIsToldWhyNoDietaryWarningOrStatusSubsidyApplies() {
        startOnline();
        service.consentNotices(124, """
                [{"scope":"HEALTH_DIET","state":"NOT_GIVEN",
                  "messageZh":"您还没有同意我们使用您的饮食禁忌和过敏信息，所以菜品旁不会提醒忌口。需要提醒的话，请找工作人员办理。",
                  "messageEn":"You have not yet agreed to our use of your dietary needs and allergies."},
                 {"scope":"ELIGIBILITY_STATUS","state":"WITHDRAWN",
                  "messageZh":"您已撤回我们使用您的低保、特困、失能等身份信息，所以补贴只按年龄计算。",
                  "messageEn":"You withdrew consent to our use of your hardship or disability status."}]""");
        kiosk.scan(cards.token(124, 1, 1));
        kiosk.waitForText("senior-name", "张*丰");
        assertThat(kiosk.text("consent-notice-0")).contains("不会提醒忌口");
        assertThat(kiosk.text("consent-notice-1")).contains("只按年龄计算");
        kiosk.checkSeniorFriendly();
        kiosk.screenshot("kiosk-consent-notice.png");
    }

    @Test
    void aBlockedCardIsRefusedInWords() {
        startOnline();
        service.block(66);
        kiosk.scan(cards.token(66, 1, 1));
        kiosk.waitForText("message", "这张卡已停用");
        assertThat(kiosk.session().screen().get()).isEqualTo(Screen.WELCOME);
        kiosk.checkSeniorFriendly();
    }

    @Test
    void switchesToEnglishAndBack() {
        startOnline();
        kiosk.tap("language");
        kiosk.waitForText("scan-instruction", "Hold the QR code");
        kiosk.scan(cards.token(123, 1, 1));
        kiosk.waitForText("senior-name", "Hello");
        assertThat(kiosk.text("dish-state-790")).contains("Sold out");
        kiosk.checkSeniorFriendly();
        kiosk.tap("language");
        kiosk.waitForText("senior-name", "您好");
    }

    @Test
    void asksForMoreTimeBeforeGoingBackToTheStartInChinese() {
        kiosk = KioskUi.start(KioskUi.config(service.url(), dataDir).withTimings(8, 10, 1, 1));
        kiosk.waitForText("connection", "联网正常");
        kiosk.scan(cards.token(123, 1, 1));
        kiosk.waitForText("senior-name", "张*丰");
        kiosk.tap("dish-789");
        kiosk.waitForText("dish-state-789", "已选");
        kiosk.tap("language");
        kiosk.waitForText("dish-state-789", "Chosen");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> kiosk.session().idleWarning().get());
        kiosk.waitForText("idle-title", "Do you need more time");
        assertThat(kiosk.text("idle-left")).contains("Back to the start in");
        kiosk.checkSeniorFriendly();
        kiosk.screenshot("kiosk-idle-warning.png");
        kiosk.tap("more-time");
        assertThat(kiosk.session().idleWarning().get()).isFalse();
        assertThat(kiosk.session().screen().get()).isEqualTo(Screen.MENU);
        assertThat(kiosk.text("dish-state-789"))
                .as("the touch did not reach the dish beneath")
                .contains("Chosen");

        await().atMost(Duration.ofSeconds(40))
                .until(() -> kiosk.session().screen().get() == Screen.WELCOME);
        // the next senior starts in Chinese, whatever the last one chose
        kiosk.waitForText("scan-instruction", "二维码");
        assertThat(kiosk.onFx(() -> ((Button) kiosk.node("language")).getText()))
                .isEqualTo("English");
        assertThat(service.orders()).isEmpty();
    }

    @Test
    void ordersOfflineSurviveARestartAndAreReplayedExactlyOnce() {
        startOnline();
        kiosk.scan(cards.token(123, 1, 1));
        kiosk.waitForText("senior-name", "张*丰");
        kiosk.tap("cancel");
        kiosk.waitForText("scan-instruction", "二维码");

        service.stop();
        kiosk.scan(cards.token(123, 1, 1));
        kiosk.waitForText("offline-banner", "价格待确认");
        assertThat(kiosk.text("senior-name")).contains("卡号 123");
        kiosk.checkSeniorFriendly();
        kiosk.tap("dish-789");
        kiosk.waitForText("total", "价格待确认");
        kiosk.tap("place-order");
        kiosk.waitForText("confirm-title", "订单已保存");
        assertThat(kiosk.text("order-number")).isEqualTo("L001");
        kiosk.tap("done");

        kiosk.scan(cards.token(124, 1, 1));
        kiosk.waitForText("offline-banner", "价格待确认");
        kiosk.tap("dish-789");
        kiosk.tap("channel-TAKEAWAY");
        kiosk.tap("place-order");
        kiosk.waitForText("order-number", "L002");
        kiosk.waitForText("pending-count", "待发送订单：2 单");
        assertThat(kiosk.text("connection")).contains("网络中断");
        kiosk.checkSeniorFriendly();

        // a card of another canteen is refused offline, in words
        kiosk.tap("done");
        kiosk.scan(cards.token(125, 1, 2));
        kiosk.waitForText("message", "不能在本食堂使用");

        kiosk.close();
        kiosk = KioskUi.start(KioskUi.config(service.url(), dataDir));
        kiosk.waitForText("pending-count", "待发送订单：2 单");
        assertThat(service.orderPosts()).isEmpty();

        service.restart();
        kiosk.waitForText("pending-count", "待发送订单：0 单");
        kiosk.waitForText("connection", "联网正常");
        assertThat(kiosk.text("replay-notice")).contains("L002").contains("已确认");
        assertThat(service.orders()).hasSize(2);
        assertThat(service.orders().get(1).path("channel").asString()).isEqualTo("TAKEAWAY");
        assertThat(service.orderPosts()).hasSize(2).doesNotHaveDuplicates();

        kiosk.close();
        kiosk = KioskUi.start(KioskUi.config(service.url(), dataDir));
        kiosk.waitForText("connection", "联网正常");
        kiosk.waitForText("pending-count", "待发送订单：0 单");
        assertThat(service.orderPosts()).hasSize(2);
    }
}
