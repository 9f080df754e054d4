package cn.xingfu.care.homecare;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xingfu.care.facility.FacilityView;
import cn.xingfu.care.support.CareFixtures;
import cn.xingfu.care.support.CareIntegrationTest;
import cn.xingfu.care.support.TestClock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Home visits in a month against the configured minimum (default 4), on the real database. */
@CareIntegrationTest
class MonthlyVisitsIT {

    @Autowired
    CareFixtures fixtures;

    @Autowired
    HomeCareBeds homeCare;

    @Autowired
    cn.xingfu.care.bed.BedRegistry beds;

    @Autowired
    TestClock clock;

    @Test
    void threeVisitsAreBelowAMinimumOfFourAndFourMeetIt() {
        FacilityView facility = fixtures.facility();
        YearMonth last = YearMonth.from(clock.today()).minusMonths(1);
        long three = beds.addHomeCareBed(CareFixtures.SYSTEM, facility.id(), "家床-3", "江津区鼎山街道", last.atDay(1))
                .id();
        long four = beds.addHomeCareBed(CareFixtures.SYSTEM, facility.id(), "家床-4", "江津区鼎山街道", last.atDay(1))
                .id();
        for (int i = 0; i < 4; i++) {
            LocalDate day = last.atDay(1 + i * 7);
            if (i < 3) {
                homeCare.recordVisit(CareFixtures.SYSTEM, three, day, "张护理员", "助浴、测血压", 60, null);
            }
            homeCare.recordVisit(CareFixtures.SYSTEM, four, day, "张护理员", "助浴、测血压", 60, null);
        }
        // a visit on the first day of the next month does not count for this one
        homeCare.recordVisit(CareFixtures.SYSTEM, three, last.plusMonths(1).atDay(1), "张护理员", "送药", 30, null);

        List<MonthlyVisits> month = homeCare.monthlyVisits(CareFixtures.SYSTEM, facility.id(), last);
        MonthlyVisits ofThree =
                month.stream().filter(m -> m.bedId() == three).findFirst().orElseThrow();
        MonthlyVisits ofFour =
                month.stream().filter(m -> m.bedId() == four).findFirst().orElseThrow();
        assertThat(ofThree.visits()).isEqualTo(3);
        assertThat(ofThree.required()).isEqualTo(4);
        assertThat(ofThree.flagged()).isTrue();
        assertThat(ofFour.visits()).isEqualTo(4);
        assertThat(ofFour.flagged()).isFalse();
    }
}
