package cn.xingfu.care.bed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BedDaysTests {

    static final LocalDate MARCH_1 = LocalDate.of(2026, 3, 1);
    static final LocalDate MARCH_31 = LocalDate.of(2026, 3, 31);

    static BedOutage outage(LocalDate from, LocalDate to) {
        BedOutage outage = new BedOutage(1, 2, from, "维修");
        if (to != null) {
            outage.end(to);
        }
        return outage;
    }

    @Test
    void aBedInServiceAllMonthHasEveryDayIncludingBothEnds() {
        assertThat(BedDays.available(MARCH_1.minusYears(1), List.of(), MARCH_1, MARCH_31))
                .isEqualTo(31);
        assertThat(BedDays.available(MARCH_1, List.of(), MARCH_1, MARCH_1)).isEqualTo(1);
    }

    @Test
    void countsOnlyFromTheDayTheBedEnteredService() {
        assertThat(BedDays.available(LocalDate.of(2026, 3, 20), List.of(), MARCH_1, MARCH_31))
                .isEqualTo(12);
        assertThat(BedDays.available(LocalDate.of(2026, 4, 1), List.of(), MARCH_1, MARCH_31))
                .isZero();
    }

    @Test
    void anOutageCoversItsFirstDayButNotTheDayItEnds() {
        BedOutage repair = outage(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 13));
        assertThat(repair.covers(LocalDate.of(2026, 3, 9))).isFalse();
        assertThat(repair.covers(LocalDate.of(2026, 3, 10))).isTrue();
        assertThat(repair.covers(LocalDate.of(2026, 3, 12))).isTrue();
        assertThat(repair.covers(LocalDate.of(2026, 3, 13))).isFalse();
        assertThat(BedDays.available(MARCH_1.minusYears(1), List.of(repair), MARCH_1, MARCH_31))
                .isEqualTo(28);
    }

    @Test
    void anOpenOutageRunsToTheEndOfThePeriodAndOverlapsCountOnce() {
        BedOutage open = new BedOutage(1, 2, LocalDate.of(2026, 3, 25), "停用");
        BedOutage inside = outage(LocalDate.of(2026, 3, 26), LocalDate.of(2026, 3, 28));
        assertThat(BedDays.available(MARCH_1.minusYears(1), List.of(open, inside), MARCH_1, MARCH_31))
                .isEqualTo(24);
    }

    @Test
    void anOutageEndedBeforeItStartedLastsNoDay() {
        BedOutage none = outage(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 5));
        assertThat(none.covers(LocalDate.of(2026, 3, 10))).isFalse();
        assertThat(BedDays.available(MARCH_1.minusYears(1), List.of(none), MARCH_1, MARCH_31))
                .isEqualTo(31);
    }
}
