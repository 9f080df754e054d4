package cn.xingfu.care.homecare;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ServiceAgreementTests {

    static final LocalDate FROM = LocalDate.of(2026, 3, 2);
    static final LocalDate TO = LocalDate.of(2026, 3, 20);

    static ServiceAgreement agreement(LocalDate signedOn) {
        return new ServiceAgreement(1, 2, 3, 4, "JJ-1", signedOn, FROM, TO, "manager", Instant.EPOCH);
    }

    @Test
    void isValidFromItsFirstToItsLastDayInclusive() {
        ServiceAgreement agreement = agreement(FROM.minusDays(3));
        assertThat(agreement.validOn(FROM.minusDays(1))).isFalse();
        assertThat(agreement.validOn(FROM)).isTrue();
        assertThat(agreement.validOn(TO)).isTrue();
        assertThat(agreement.validOn(TO.plusDays(1))).isFalse();
    }

    @Test
    void isNotValidBeforeItWasSigned() {
        ServiceAgreement signedLate = agreement(FROM.plusDays(2));
        assertThat(signedLate.validOn(FROM.plusDays(1))).isFalse();
        assertThat(signedLate.validOn(FROM.plusDays(2))).isTrue();
    }

    @Test
    void endsOnTheDayItIsTerminated() {
        ServiceAgreement agreement = agreement(FROM);
        agreement.terminate(FROM.plusDays(8));
        assertThat(agreement.validOn(FROM.plusDays(7))).isTrue();
        assertThat(agreement.validOn(FROM.plusDays(8))).isFalse();
        assertThat(agreement.open()).isFalse();
    }
}
