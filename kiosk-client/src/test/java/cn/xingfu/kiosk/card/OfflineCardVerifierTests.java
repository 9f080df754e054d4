package cn.xingfu.kiosk.card;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xingfu.kiosk.Examples;
import cn.xingfu.kiosk.TestCards;
import cn.xingfu.kiosk.canteen.CardKeys;
import cn.xingfu.kiosk.canteen.Json;
import cn.xingfu.kiosk.canteen.OrderRequest;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OfflineCardVerifierTests {

    @TempDir
    Path dir;

    private final TestCards cards = new TestCards("k7");

    private OfflineCardVerifier verifierWithTestKey() {
        OfflineCardVerifier verifier = new OfflineCardVerifier(dir.resolve("keys.json"));
        verifier.update(Json.mapper().readValue(cards.keysJson(), CardKeys.class));
        return verifier;
    }

    private static CardRejectedException rejection(Runnable call) {
        try {
            call.run();
        } catch (CardRejectedException e) {
            return e;
        }
        throw new AssertionError("expected a rejection");
    }

    @Test
    void acceptsTheContractExampleTokenWithTheExampleKey() {
        OfflineCardVerifier verifier = new OfflineCardVerifier(dir.resolve("keys.json"));
        verifier.update(Json.mapper().readValue(Examples.read("card-keys.json"), CardKeys.class));
        String token = Json.mapper()
                .readValue(Examples.read("order-request.json"), OrderRequest.class)
                .cardToken();
        CardToken card = verifier.verify(token, 1);
        assertThat(card.cardId()).isEqualTo(123);
        assertThat(card.version()).isEqualTo(1);
        assertThat(card.homeCanteenId()).isEqualTo(1);
        assertThat(card.keyId()).isEqualTo("k1");
    }

    @Test
    void acceptsAGoodCardOfThisCanteen() {
        assertThat(verifierWithTestKey().verify(cards.token(42, 3, 9), 9).cardId())
                .isEqualTo(42);
    }

    @Test
    void rejectsATamperedPayloadAsForged() {
        String good = cards.token(42, 3, 9);
        String[] parts = good.split("\\.");
        String otherPayload = cards.token(43, 3, 9).split("\\.")[2];
        String tampered = parts[0] + "." + parts[1] + "." + otherPayload + "." + parts[3];
        assertThat(rejection(() -> verifierWithTestKey().verify(tampered, 9)).code())
                .isEqualTo("CARD_FORGED");
    }

    @Test
    void rejectsACardSignedByAnUnknownKey() {
        String foreign = new TestCards("k7").token(42, 1, 9);
        assertThat(rejection(() -> verifierWithTestKey().verify(foreign, 9)).code())
                .isEqualTo("CARD_FORGED");
    }

    @Test
    void rejectsGarbage() {
        OfflineCardVerifier verifier = verifierWithTestKey();
        for (String junk : new String[] {"", "hello", "XF1.k7.!!.??", "XF2.k7.e30.e30", "XF1.k7.e30.e30"}) {
            assertThat(rejection(() -> verifier.verify(junk, 9)).code())
                    .as(junk)
                    .isEqualTo("CARD_FORGED");
        }
    }

    @Test
    void rejectsACardOfAnotherCanteen() {
        CardRejectedException e = rejection(() -> verifierWithTestKey().verify(cards.token(42, 1, 8), 9));
        assertThat(e.code()).isEqualTo("CARD_OUT_OF_SCOPE");
        assertThat(e.messageZh()).isNotBlank();
        assertThat(e.messageEn()).isNotBlank();
    }

    @Test
    void keepsTheKeysOnDiskForTheNextStart() {
        verifierWithTestKey();
        OfflineCardVerifier restarted = new OfflineCardVerifier(dir.resolve("keys.json"));
        assertThat(restarted.hasKeys()).isTrue();
        assertThat(restarted.verify(cards.token(42, 1, 9), 9).cardId()).isEqualTo(42);
        assertThat(new OfflineCardVerifier(dir.resolve("none.json")).hasKeys()).isFalse();
    }
}
