package cn.xingfu.canteen.senior;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SeniorDemoDataTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private final SeniorDemoData.DemoCanteen canteen = new SeniorDemoData.DemoCanteen(1, "珞璜镇", 29.2890, 106.2510);

    @Test
    void generatesValidJiangjinSeniorsNearTheirCanteen() {
        Set<String> used = new HashSet<>();
        List<SeniorRegistration> all = generate(new Random(7), used, 300);
        assertThat(used).hasSize(300);
        Set<EligibilityStatus> statuses = new HashSet<>();
        for (SeniorRegistration r : all) {
            ResidentIdNumber id = ResidentIdNumber.parse(r.idNumber(), TODAY);
            assertThat(r.idNumber()).matches("(500116|500381)\\d{11}[\\dX]");
            assertThat(id.dateOfBirth()).isEqualTo(r.dateOfBirth());
            assertThat(Period.between(id.dateOfBirth(), TODAY).getYears()).isBetween(60, 98);
            assertThat(Phones.normalize(r.phone())).isEqualTo(r.phone());
            assertThat(distanceKm(r.latitude(), r.longitude())).isLessThanOrEqualTo(2.05);
            assertThat(r.name()).hasSizeBetween(2, 3);
            r.statuses().forEach(s -> statuses.add(s.status()));
            // registration refuses sensitive data without its consent, so every demo senior brings all three
            assertThat(r.consents()).extracting(ConsentForm::scope).containsExactlyInAnyOrder(ConsentScope.values());
            assertThat(r.consents()).allSatisfy(c -> assertThat(c.givenBy()).isEqualTo(r.name()));
        }
        assertThat(statuses)
                .contains(
                        EligibilityStatus.DIBAO,
                        EligibilityStatus.TEKUN,
                        EligibilityStatus.LOW_INCOME,
                        EligibilityStatus.DISABLED,
                        EligibilityStatus.LIVING_ALONE,
                        EligibilityStatus.SEVERE_DISABILITY);
    }

    @Test
    void theSameSeedGivesTheSameSeniorsAndTheFirstIsFixed() {
        assertThat(generate(new Random(7), new HashSet<>(), 20))
                .isEqualTo(generate(new Random(7), new HashSet<>(), 20));
        SeniorRegistration first = SeniorDemoData.first(canteen);
        assertThat(first.name()).isEqualTo("张桂兰");
        assertThat(first.address()).startsWith("江津区珞璜镇");
        assertThat(ResidentIdNumber.parse(first.idNumber(), TODAY).dateOfBirth())
                .isEqualTo(LocalDate.of(1948, 3, 15));
    }

    private List<SeniorRegistration> generate(Random random, Set<String> used, int count) {
        List<SeniorRegistration> all = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            all.add(SeniorDemoData.generate(random, canteen, TODAY, used));
        }
        return all;
    }

    private double distanceKm(double lat, double lng) {
        double dy = (lat - canteen.latitude()) * 111.2;
        double dx = (lng - canteen.longitude()) * 111.2 * Math.cos(Math.toRadians(29.3));
        return Math.sqrt(dx * dx + dy * dy);
    }
}
