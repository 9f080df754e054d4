package cn.xingfu.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.xingfu.kiosk.FakeCanteenService;
import cn.xingfu.kiosk.TestCards;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults found at the kiosk, each against the stand-in service: a wallet holding nothing was still chosen (the
 * order failed, a third tap was needed), a second card silently threw the order away, and the header promised a
 * subsidy that the chosen dishes do not get.
 */
class KioskFaultsTests {

    @TempDir
    Path dataDir;

    private final TestCards cards = new TestCards("k1");
    private final FakeCanteenService service = FakeCanteenService.start(cards);
    private KioskUi kiosk;

    @BeforeEach
    void start() {
        kiosk = KioskUi.start(KioskUi.config(service.url(), dataDir));
        kiosk.waitForText("connection", "联网正常");
    }

    @AfterEach
    void close() {
        kiosk.close();
        service.close();
    }

    @Test
    void anEmptyWalletIsNotChosenSoTheOrderGoesThroughInCashInTwoTaps() {
        service.walletBalance(123, "0.00");
        kiosk.scan(cards.token(123, 1, 1));
        kiosk.waitForText("senior-name", "张*丰");
        assertThat(kiosk.text("payment-CASH")).startsWith("✓");
        assertThat(kiosk.text("payment-WALLET")).contains("钱包余额不足");

        kiosk.tap("dish-789");
        kiosk.tap("place-order");
        kiosk.waitForText("confirm-title", "下单成功");
        assertThat(kiosk.taps()).isEqualTo(2);
        assertThat(service.orderPosts()).as("no refused first try").hasSize(1);
        assertThat(service.orders().get(0).path("payment").asString()).isEqualTo("CASH");
        assertThat(kiosk.text("payment")).contains("请到柜台付现金");
    }

    @Test
    void aWalletTooLowForTheChosenDishesTurnsToCashBeforeTheOrderIsSent() {
        service.walletBalance(123, "5.00");
        kiosk.scan(cards.token(123, 1, 1));
        kiosk.waitForText("senior-name", "张*丰");
        assertThat(kiosk.text("payment-WALLET")).startsWith("✓");
        kiosk.tap("dish-789");
        // the quote says 12.00 to pay: the wallet (5.00) cannot, and the senior is told so in words
        kiosk.waitForText("payment-CASH", "✓");
        assertThat(kiosk.text("message")).contains("钱包余额 5.00 元").contains("现金");
        kiosk.tap("payment-WALLET");
        assertThat(kiosk.text("payment-CASH")).startsWith("✓");
        kiosk.tap("place-order");
        kiosk.waitForText("confirm-title", "下单成功");
        assertThat(service.orderPosts()).hasSize(1);
        assertThat(service.orders().get(0).path("payment").asString()).isEqualTo("CASH");
    }

    @Test
    void aSecondCardAsksBeforeSwitchingSeniors() {
        kiosk.scan(cards.token(123, 1, 1));
        kiosk.waitForText("senior-name", "张*丰");
        kiosk.tap("dish-789");
        kiosk.waitForText("dish-state-789", "已选");

        kiosk.scan(cards.token(124, 1, 1));
        kiosk.waitForText("switch-title", "另一张卡");
        kiosk.checkSeniorFriendly();
        kiosk.screenshot("kiosk-second-card.png");
        assertThat(kiosk.session().senior().get().cardId()).isEqualTo(123);
        kiosk.tap("switch-no");
        assertThat(kiosk.onFx(() -> kiosk.node("switch-question").isVisible())).isFalse();
        assertThat(kiosk.session().senior().get().cardId()).isEqualTo(123);
        assertThat(kiosk.text("dish-state-789")).as("the order is kept").contains("已选");

        kiosk.scan(cards.token(124, 1, 1));
        kiosk.waitForText("switch-title", "另一张卡");
        kiosk.tap("switch-yes");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> kiosk.onFx(() -> kiosk.session().senior().get() != null
                        && kiosk.session().senior().get().cardId() == 124));
        kiosk.waitForText("dish-state-789", "点一下选择");
        assertThat(service.orders()).isEmpty();
    }

    @Test
    void theSubsidyShownIsTheOneForTheChosenDishesWithTheReasonWhenThereIsNone() {
        service.quote("{\"gross\":12.00,\"subsidy\":0.00,\"selfPay\":12.00,\"tierCode\":null,"
                + "\"reason\":\"BELOW_MINIMUM_BILL\",\"warnings\":[]}");
        kiosk.scan(cards.token(123, 1, 1));
        kiosk.waitForText("senior-name", "张*丰");
        assertThat(kiosk.text("subsidy")).doesNotContain("3.00").doesNotContain("补贴 ");
        kiosk.tap("dish-789");
        kiosk.waitForText("quote-subsidy", "本餐没有补贴");
        assertThat(kiosk.text("quote-subsidy")).contains("最低消费");
        assertThat(kiosk.text("total-pay")).isEqualTo("您付 12.00 元");

        // a reason the kiosk has no words for, worded by the service: shown as the service says it
        service.quote("{\"gross\":12.00,\"subsidy\":0.00,\"selfPay\":12.00,\"reason\":\"SCHEME_PAUSED\","
                + "\"reasonZh\":\"本月补贴暂停发放\",\"reasonEn\":\"Subsidies are paused this month\",\"warnings\":[]}");
        kiosk.tap("channel-TAKEAWAY");
        kiosk.waitForText("quote-subsidy", "本月补贴暂停发放");
        kiosk.tap("language");
        kiosk.waitForText("quote-subsidy", "Subsidies are paused this month");
    }
}
