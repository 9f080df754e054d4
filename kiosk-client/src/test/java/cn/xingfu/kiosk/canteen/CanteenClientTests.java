package cn.xingfu.kiosk.canteen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.xingfu.kiosk.FakeCanteenService;
import cn.xingfu.kiosk.TestCards;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CanteenClientTests {

    private final TestCards cards = new TestCards("k1");
    private final FakeCanteenService service = FakeCanteenService.start(cards);
    private final CanteenClient client = new CanteenClient(
            service.url(), FakeCanteenService.USER, FakeCanteenService.PASSWORD, Duration.ofSeconds(2));

    @AfterEach
    void stop() {
        service.close();
    }

    private OrderRequest request(long menuItemId) {
        return OrderRequest.now(
                cards.token(123, 1, 1), "DINE_IN", "WALLET", List.of(new OrderItem(menuItemId, 1)), false);
    }

    @Test
    void readsIdentityMenuAndKeysWithDeviceCredentials() {
        assertThat(client.me().kioskId()).isEqualTo(700001);
        assertThat(client.menuAvailability().items()).hasSize(2);
        assertThat(client.cardKeys().keys())
                .singleElement()
                .extracting(CardKeys.CardKey::publicKey)
                .isEqualTo(cards.publicKeyBase64());
        assertThat(client.ordersSince(Instant.parse("2026-11-29T03:00:00Z")).orders())
                .isEmpty();
        assertThat(client.scan(cards.token(321, 1, 1)).cardId()).isEqualTo(321);
    }

    @Test
    void sameIdempotencyKeyGivesTheSameOrder() {
        UUID key = UUID.randomUUID();
        PlacedOrder first = client.placeOrder(key, request(789));
        PlacedOrder retry = client.placeOrder(key, request(789));
        assertThat(first.created()).isTrue();
        assertThat(retry.created()).isFalse();
        assertThat(retry.order().orderId()).isEqualTo(first.order().orderId());
        assertThat(service.orders()).hasSize(1);
        assertThat(service.orderPosts()).containsExactly(key.toString(), key.toString());
        assertThat(client.order(first.order().orderId()).orderNumber())
                .isEqualTo(first.order().orderNumber());
    }

    @Test
    void fourHundredsAreProblemsInWords() {
        service.soldOut(789);
        assertThatThrownBy(() -> client.placeOrder(UUID.randomUUID(), request(789)))
                .isInstanceOfSatisfying(CanteenProblemException.class, e -> {
                    assertThat(e.code()).isEqualTo("SOLD_OUT");
                    assertThat(e.problem().menuItemId()).isEqualTo(789L);
                    assertThat(e.problem().messageZh()).isEqualTo("这道菜已经卖完了");
                });
        service.block(55);
        assertThatThrownBy(() -> client.scan(cards.token(55, 1, 1)))
                .isInstanceOfSatisfying(
                        CanteenProblemException.class, e -> assertThat(e.code()).isEqualTo("CARD_BLOCKED"));
    }

    @Test
    void wrongCredentialsAreAProblemNotAnOutage() {
        CanteenClient wrong = new CanteenClient(service.url(), "kiosk01", "nope", Duration.ofSeconds(2));
        assertThatThrownBy(wrong::me).isInstanceOf(CanteenProblemException.class);
    }

    @Test
    void unreachableServiceIsUnavailable() {
        service.stop();
        assertThatThrownBy(client::me).isInstanceOf(CanteenUnavailableException.class);
        CanteenClient nowhere = new CanteenClient(URI.create("http://127.0.0.1:1"), "a", "b", Duration.ofSeconds(1));
        assertThatThrownBy(() -> nowhere.placeOrder(UUID.randomUUID(), request(789)))
                .isInstanceOf(CanteenUnavailableException.class);
    }
}
