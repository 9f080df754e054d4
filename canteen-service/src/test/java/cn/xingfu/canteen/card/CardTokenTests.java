package cn.xingfu.canteen.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.xingfu.kernel.DomainException;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CardTokenTests {

    private final KeyPair pair = CardKeyRing.generate();

    @Test
    void signsInTheExactKioskFormat() {
        String token = CardToken.sign("k1", pair.getPrivate(), 123, 1, 7);
        String[] parts = token.split("\\.");
        assertThat(parts).hasSize(4);
        assertThat(parts[0]).isEqualTo("XF1");
        assertThat(parts[1]).isEqualTo("k1");
        assertThat(token).doesNotContain("=").doesNotContain("+").doesNotContain("/");
        assertThat(new String(Base64.getUrlDecoder().decode(parts[2]), StandardCharsets.UTF_8))
                .isEqualTo("{\"c\":123,\"v\":1,\"h\":7}");
        assertThat(Base64.getUrlDecoder().decode(parts[3])).hasSize(64);

        CardToken parsed = CardToken.parse(token);
        assertThat(parsed.keyId()).isEqualTo("k1");
        assertThat(parsed.cardId()).isEqualTo(123);
        assertThat(parsed.version()).isEqualTo(1);
        assertThat(parsed.homeCanteenId()).isEqualTo(7);
        assertThat(parsed.signedBy(pair.getPublic())).isTrue();
    }

    @Test
    void verifiesTheTokenOfTheSharedContractExample() {
        // docs/api/examples/card-keys.json and order-request.json, written by the kiosk side independently
        var key = CardKeyRing.publicKey(
                Base64.getDecoder().decode("MCowBQYDK2VwAyEAzKwRA4vvxTBf5Hrpoju7Kj2mxERyTw8tbtdR/TJG5hk="));
        CardToken token = CardToken.parse(
                "XF1.k1.eyJjIjoxMjMsInYiOjEsImgiOjF9.56Snr2ObhkqLbWVxMRk7NWL6oAI5JB4FWthJ1uSOoRnvTShVLFwDKMZfayU_RhiLtgrmYq-5jqcwtj8-HpPGDQ");
        assertThat(token.cardId()).isEqualTo(123);
        assertThat(token.homeCanteenId()).isEqualTo(1);
        assertThat(token.signedBy(key)).isTrue();
    }

    @Test
    void rejectsAForgedSignature() {
        String token = CardToken.sign("k1", pair.getPrivate(), 123, 1, 7);
        char last = token.charAt(token.length() - 2);
        String forged =
                token.substring(0, token.length() - 2) + (last == 'A' ? 'B' : 'A') + token.charAt(token.length() - 1);
        assertThat(CardToken.parse(forged).signedBy(pair.getPublic())).isFalse();
        assertThat(CardToken.parse(token).signedBy(CardKeyRing.generate().getPublic()))
                .isFalse();
    }

    @Test
    void rejectsATamperedPayload() {
        String token = CardToken.sign("k1", pair.getPrivate(), 123, 1, 7);
        String[] parts = token.split("\\.");
        String otherPayload = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString("{\"c\":124,\"v\":1,\"h\":7}".getBytes(StandardCharsets.UTF_8));
        CardToken tampered = CardToken.parse(parts[0] + "." + parts[1] + "." + otherPayload + "." + parts[3]);
        assertThat(tampered.cardId()).isEqualTo(124);
        assertThat(tampered.signedBy(pair.getPublic())).isFalse();
        String otherKid =
                CardToken.parse(parts[0] + ".k2." + parts[2] + "." + parts[3]).signedPart();
        assertThat(otherKid).startsWith("XF1.k2.");
        assertThat(CardToken.parse(parts[0] + ".k2." + parts[2] + "." + parts[3])
                        .signedBy(pair.getPublic()))
                .isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "hello",
                "XF2.k1.eyJjIjoxMjMsInYiOjEsImgiOjF9.AAAA",
                "XF1.k1.eyJjIjoxMjMsInYiOjEsImgiOjF9",
                "XF1..eyJjIjoxMjMsInYiOjEsImgiOjF9.AAAA",
                "XF1.k1.eyJjIjoxMjMsInYiOjEsImgiOjF9.AAAA.BBBB",
                "XF1.k1.eyJjIjoxMjMsInYiOjEsImgiOjF9=.AAAA",
                "XF1.k1.bm90IGpzb24.AAAA",
                "XF1.k1.eyJjIjoiMTIzIiwidiI6MSwiaCI6MX0.AAAA",
                "XF1.k1.eyJ2IjoxLCJoIjoxfQ.AAAA",
                "XF1.k!.eyJjIjoxMjMsInYiOjEsImgiOjF9.AAAA"
            })
    void treatsMalformedTokensAsForged(String raw) {
        assertThatThrownBy(() -> CardToken.parse(raw))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).code())
                .isEqualTo("CARD_FORGED");
    }

    @Test
    void refusesOverlongTokens() {
        assertThatThrownBy(() -> CardToken.parse("XF1.k1." + "A".repeat(600) + ".AAAA"))
                .hasMessageContaining("CARD_FORGED");
    }

    @Test
    void derivesThePublicKeyOfAConfiguredPrivateKey() {
        var derived =
                CardKeyRing.publicKeyOf(CardKeyRing.privateKey(pair.getPrivate().getEncoded()));
        assertThat(derived.getEncoded()).isEqualTo(pair.getPublic().getEncoded());
    }
}
