package cn.xingfu.canteen.shared.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class DataCipherTests {

    private final DataCipher cipher = DataCipher.of(DataCipher.DEVELOPMENT_KEY);

    @Test
    void roundTripsAndNeverRepeatsACiphertext() {
        byte[] first = cipher.encryptString("11010519491231002X");
        byte[] second = cipher.encryptString("11010519491231002X");
        assertThat(first).isNotEqualTo(second);
        assertThat(new String(first, StandardCharsets.ISO_8859_1)).doesNotContain("19491231");
        assertThat(cipher.decryptString(first)).isEqualTo("11010519491231002X");
    }

    @Test
    void detectsTamperingAndWrongKeys() {
        byte[] sealed = cipher.encryptString("secret");
        sealed[sealed.length - 1] ^= 1;
        assertThatThrownBy(() -> cipher.decrypt(sealed)).isInstanceOf(IllegalStateException.class);
        DataCipher other = DataCipher.of(Base64.getEncoder().encodeToString(new byte[32]));
        assertThatThrownBy(() -> other.decrypt(cipher.encryptString("secret")))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void blindIndexIsDeterministicPerKeyAndPurpose() {
        assertThat(cipher.blindIndex("a", "x"))
                .isEqualTo(cipher.blindIndex("a", "x"))
                .hasSize(64);
        assertThat(cipher.blindIndex("a", "x")).isNotEqualTo(cipher.blindIndex("b", "x"));
        assertThat(DataCipher.of(Base64.getEncoder().encodeToString(new byte[32]))
                        .blindIndex("a", "x"))
                .isNotEqualTo(cipher.blindIndex("a", "x"));
    }

    @Test
    void refusesKeysOfTheWrongLength() {
        assertThatThrownBy(() -> DataCipher.of(Base64.getEncoder().encodeToString(new byte[16])))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("32 bytes");
    }
}
