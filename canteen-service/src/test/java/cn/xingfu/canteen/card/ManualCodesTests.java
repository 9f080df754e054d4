package cn.xingfu.canteen.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ManualCodesTests {

    private final ManualCodes codes = new ManualCodes(new SecureRandom());

    @Test
    void drawsEightUnambiguousCharacters() {
        assertThat(ManualCodes.ALPHABET).hasSize(32).doesNotContain("0", "O", "1", "I");
        for (int i = 0; i < 1000; i++) {
            String code = codes.next();
            assertThat(code).hasSize(8).matches("[23456789ABCDEFGHJKLMNPQRSTUVWXYZ]{8}");
        }
    }

    @Test
    void codesDoNotRepeatAndUseTheWholeAlphabet() {
        Set<String> seen = new HashSet<>();
        Set<Character> symbols = new HashSet<>();
        for (int i = 0; i < 20_000; i++) {
            String code = codes.next();
            assertThat(seen.add(code)).as("repeated " + code).isTrue();
            code.chars().forEach(c -> symbols.add((char) c));
        }
        assertThat(symbols).hasSize(32);
    }

    @Test
    void normalizesWhatPeopleType() {
        assertThat(ManualCodes.normalize("abcd-efgh")).isEqualTo("ABCDEFGH");
        assertThat(ManualCodes.normalize(" ABCD EFGH ")).isEqualTo("ABCDEFGH");
        assertThat(ManualCodes.normalize("ABCD-EFG")).isNull();
        assertThat(ManualCodes.normalize("ABCD-EFG0")).isNull();
        assertThat(ManualCodes.normalize("ABCDEFGI")).isNull();
        assertThat(ManualCodes.normalize(null)).isNull();
        assertThat(ManualCodes.printed("ABCDEFGH")).isEqualTo("ABCD-EFGH");
    }
}
