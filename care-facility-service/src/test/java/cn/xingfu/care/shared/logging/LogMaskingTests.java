package cn.xingfu.care.shared.logging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogMaskingTests {

    @Test
    void masksIdNumbersAndMobileNumbersWhereverTheyStand() {
        assertThat(LogMasking.mask("resident 50038119450101123X registered, phone 13812345678."))
                .isEqualTo("resident 500381********123X registered, phone 138****5678.");
        assertThat(LogMasking.mask("rejected value [500381194501011234]; tel=+86 13912345678"))
                .isEqualTo("rejected value [500381********1234]; tel=+86 139****5678");
    }

    @Test
    void leavesIdsTimestampsAndShortNumbersAlone() {
        String line = "Order 60934970900480 at 1764744000000 for senior 42, landline 02347512345, 12812345678";
        assertThat(LogMasking.mask(line)).isEqualTo(line);
        assertThat(LogMasking.mask("")).isEmpty();
    }
}
