package cn.xingfu.canteen.subsidy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.xingfu.kernel.DomainException;
import cn.xingfu.kernel.Ids;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class SubsidyPoliciesIT {

    @Autowired
    SubsidyPolicies policies;

    @Autowired
    Clock clock;

    @Test
    void aNewVersionClosesThePreviousOneAndLookupsFollowTheServiceDate() {
        String district = uniqueDistrict();
        LocalDate today = LocalDate.now(clock);
        policies.seed(version(district, "V1", LocalDate.of(2026, 1, 1), "2.00"), "test");
        assertThat(policies.inForce(district, today.plusDays(10)).version()).isEqualTo("V1");

        policies.create(version(district, "V2", today.plusDays(1), "3.00"), "test");

        assertThat(policies.inForce(district, today).version()).isEqualTo("V1");
        assertThat(policies.inForce(district, today.plusDays(1)).version()).isEqualTo("V2");
        assertThat(policies.inForce(district, today.plusDays(10)).version()).isEqualTo("V2");
        assertThat(policies.inForce(district, LocalDate.of(2026, 1, 1))
                        .tiers()
                        .get(0)
                        .amount())
                .isEqualByComparingTo("2.00");
        assertThat(policies.versions(district))
                .extracting(SubsidyPolicy::version, SubsidyPolicy::effectiveTo)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("V1", today),
                        org.assertj.core.groups.Tuple.tuple("V2", null));
    }

    @Test
    void versionsCannotBeRetroactiveDuplicatedOrOverlapping() {
        String district = uniqueDistrict();
        LocalDate today = LocalDate.now(clock);
        policies.create(version(district, "V1", today.plusDays(5), "2.00"), "test");

        assertCode(
                () -> policies.create(version(district, "V0", today.minusDays(1), "2.00"), "test"),
                "POLICY_RETROACTIVE");
        assertCode(
                () -> policies.create(version(district, "V1", today.plusDays(9), "2.00"), "test"),
                "POLICY_VERSION_EXISTS");
        assertCode(() -> policies.create(version(district, "V2", today.plusDays(5), "2.00"), "test"), "POLICY_OVERLAP");
        assertCode(() -> policies.create(version(district, "V3", today.plusDays(2), "2.00"), "test"), "POLICY_OVERLAP");

        assertThat(policies.versions(district))
                .singleElement()
                .satisfies(p -> assertThat(p.effectiveTo()).isNull());
    }

    @Test
    void aDistrictWithoutPolicyIsNamedOrPricedAtFullPrice() {
        String district = uniqueDistrict();
        LocalDate today = LocalDate.now(clock);

        assertCode(() -> policies.inForce(district, today), "NO_SUBSIDY_POLICY");
        SubsidyPolicy none = policies.inForceOrNone(district, today);
        assertThat(none.version()).isEqualTo(SubsidyPolicy.NONE);
        assertThat(none.tiers()).isEmpty();

        policies.create(version(district, "V1", today, "2.50"), "test");
        assertThat(policies.inForceOrNone(district, today).version()).isEqualTo("V1");
    }

    @Test
    void storedPoliciesReadBackExactly() {
        String district = uniqueDistrict();
        SubsidyPolicy demo = SubsidyDemoData.jiangjinDemo();
        SubsidyPolicy mine = new SubsidyPolicy(
                district,
                demo.version(),
                demo.label(),
                demo.effectiveFrom(),
                null,
                demo.basis(),
                demo.tiers(),
                demo.schemes().get(0).dailyCap(),
                demo.schemes().get(0).weeklyCap(),
                demo.schemes().get(0).monthlyCap(),
                demo.minimumBill(),
                demo.delivery());
        policies.seed(mine, "test");

        assertThat(policies.inForce(district, LocalDate.of(2026, 3, 3))).isEqualTo(mine);
    }

    private static SubsidyPolicy version(String district, String version, LocalDate from, String amount) {
        return new SubsidyPolicy(
                district,
                version,
                "test",
                from,
                null,
                SubsidyPolicy.Basis.PER_MEAL,
                java.util.List.of(PolicyFixtures.tier("AGE_60", 60, java.util.Set.of(), amount)),
                null,
                null,
                60,
                new BigDecimal("5.00"),
                SubsidyPolicy.DeliveryRule.standard());
    }

    static String uniqueDistrict() {
        return String.valueOf(100000 + Math.floorMod(Ids.next(), 900000));
    }

    private static void assertCode(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String code) {
        assertThatThrownBy(call).isInstanceOf(DomainException.class).hasFieldOrPropertyWithValue("code", code);
    }
}
