package cn.xingfu.care.shared.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldCipherTests {

    static final String K1 = key('1');
    static final String K2 = key('2');
    static final String INDEX = key('i');

    final FieldCipher k1 = new FieldCipher(Map.of("k1", K1), "k1", INDEX);
    final FieldCipher rotated = new FieldCipher(Map.of("k1", K1, "k2", K2), "k2", INDEX);

    static String key(char fill) {
        return Base64.getEncoder()
                .encodeToString(String.valueOf(fill).repeat(32).getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void roundTripsUnicodeUnderAVersionedEnvelopeAndNeverRepeatsACiphertext() {
        String first = k1.encrypt("11010519491231002X");
        String second = k1.encrypt("11010519491231002X");

        assertThat(first).startsWith("xf1:k1:").doesNotContain("19491231").isNotEqualTo(second);
        assertThat(k1.decrypt(first)).isEqualTo("11010519491231002X");
        assertThat(k1.decrypt(k1.encrypt("糖尿病，需低糖饮食 😀"))).isEqualTo("糖尿病，需低糖饮食 😀");
        assertThat(k1.encrypt(null)).isNull();
        assertThat(k1.decrypt(null)).isNull();
    }

    @Test
    void aTamperedValueIsRefused() {
        String sealed = k1.encrypt("13800138000");
        byte[] body = Base64.getDecoder().decode(sealed.substring("xf1:k1:".length()));
        body[body.length - 1] ^= 1;
        String tampered = "xf1:k1:" + Base64.getEncoder().encodeToString(body);

        assertThatThrownBy(() -> k1.decrypt(tampered))
                .isInstanceOf(FieldDecryptionException.class)
                .hasMessageContaining("failed authentication");
        assertThatThrownBy(() -> k1.decrypt(sealed.substring(0, "xf1:k1:".length() + 16)))
                .isInstanceOf(FieldDecryptionException.class)
                .hasMessageContaining("too short");
        assertThatThrownBy(() -> k1.decrypt("13800138000"))
                .isInstanceOf(FieldDecryptionException.class)
                .hasMessageContaining("not an encrypted field");
    }

    @Test
    void anUnknownKeyIdIsAClearErrorThatNamesTheIdAndNeverTheValue() {
        String underK2 = rotated.encrypt("13800138000");

        assertThatThrownBy(() -> k1.decrypt(underK2))
                .isInstanceOf(FieldDecryptionException.class)
                .hasMessageContaining("key id 'k2'")
                .hasMessageContaining("[k1]")
                .hasMessageNotContaining("13800138000");
    }

    @Test
    void theKeyIdIsAuthenticatedSoRelabellingAValueFails() {
        FieldCipher sameKeyTwoIds = new FieldCipher(Map.of("k1", K1, "k9", K1), "k1", INDEX);
        String relabelled = sameKeyTwoIds.encrypt("secret").replace("xf1:k1:", "xf1:k9:");

        assertThatThrownBy(() -> sameKeyTwoIds.decrypt(relabelled)).isInstanceOf(FieldDecryptionException.class);
    }

    @Test
    void afterRotationOldValuesStillReadAndReencryptUnderTheActiveKey() {
        String old = k1.encrypt("重庆市江津区几江街道1号");

        assertThat(rotated.decrypt(old)).isEqualTo("重庆市江津区几江街道1号");
        String fresh = rotated.reencrypt(old);
        assertThat(fresh).startsWith(rotated.activePrefix()).startsWith("xf1:k2:");
        assertThat(rotated.decrypt(fresh)).isEqualTo("重庆市江津区几江街道1号");
        assertThat(rotated.reencrypt(fresh)).isSameAs(fresh);
    }

    @Test
    void blindIndexesAreStableAcrossDataKeyRotationAndSeparatedByPurpose() {
        assertThat(k1.blindIndex("a", "x")).hasSize(64).isEqualTo(rotated.blindIndex("a", "x"));
        assertThat(k1.blindIndex("a", "x")).isNotEqualTo(k1.blindIndex("b", "x"));
        assertThat(new FieldCipher(Map.of("k1", K1), "k1", key('j')).blindIndex("a", "x"))
                .isNotEqualTo(k1.blindIndex("a", "x"));
        assertThat(IdNumberIndex.of(k1, IdNumberIndex.RESIDENT, " 11010519491231002x "))
                .isEqualTo(IdNumberIndex.of(k1, IdNumberIndex.RESIDENT, "11010519491231002X"));
    }

    @Test
    void misconfigurationFailsAtStartWithTheSettingNamed() {
        assertThatThrownBy(() -> new FieldCipher(Map.of(), "k1", INDEX)).hasMessageContaining("XINGFU_CRYPTO_KEYS_");
        assertThatThrownBy(() -> new FieldCipher(Map.of("k1", K1), "k2", INDEX))
                .hasMessageContaining("active-key 'k2'");
        assertThatThrownBy(() ->
                        new FieldCipher(Map.of("k1", Base64.getEncoder().encodeToString(new byte[16])), "k1", INDEX))
                .hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> new FieldCipher(Map.of("K 1", K1), "K 1", INDEX))
                .hasMessageContaining("key id");
        assertThatThrownBy(() -> new FieldCipher(Map.of("k1", K1), "k1", "")).hasMessageContaining("index-key");
    }
}
