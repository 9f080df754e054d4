package cn.xingfu.canteen.shared.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CryptoPropertiesTests {

    static final String K2 = Base64.getEncoder().encodeToString(new byte[32]);

    @Test
    void theDataKeyIsFieldKeyK0AndActiveUntilAnotherIsChosen() {
        CryptoProperties plain = new CryptoProperties(DataCipher.DEVELOPMENT_KEY, Map.of(), "", 200);
        assertThat(plain.fieldKeys()).containsExactly(Map.entry("k0", DataCipher.DEVELOPMENT_KEY));
        assertThat(plain.activeFieldKey()).isEqualTo("k0");

        CryptoProperties rotated = new CryptoProperties(DataCipher.DEVELOPMENT_KEY, Map.of("k2", K2), "k2", 200);
        assertThat(rotated.fieldKeys()).containsOnlyKeys("k0", "k2"); // values written under k0 stay readable
        FieldCipher before = new FieldCipher(plain.fieldKeys(), plain.activeFieldKey(), DataCipher.DEVELOPMENT_KEY);
        FieldCipher after = new FieldCipher(rotated.fieldKeys(), rotated.activeFieldKey(), DataCipher.DEVELOPMENT_KEY);
        String old = before.encrypt("13800138000");
        assertThat(after.decrypt(old)).isEqualTo("13800138000");
        assertThat(after.reencrypt(old)).startsWith("xf1:k2:");
    }
}
