package cn.xingfu.canteen.subsidy;

import cn.xingfu.canteen.senior.EligibilityStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Policies for engine tests; shaped like the Jiangjin demo but with every figure a parameter. */
final class PolicyFixtures {

    static final LocalDate FROM = LocalDate.of(2026, 1, 1);

    private PolicyFixtures() {}

    static SubsidyPolicy jiangjinLike() {
        return SubsidyDemoData.jiangjinDemo();
    }

    static SubsidyPolicy with(
            SubsidyPolicy.Basis basis,
            @Nullable Integer dailyCap,
            @Nullable Integer weeklyCap,
            @Nullable Integer monthlyCap,
            String minimumBill) {
        SubsidyPolicy p = jiangjinLike();
        return new SubsidyPolicy(
                p.districtCode(),
                "TEST",
                "test",
                FROM,
                null,
                basis,
                p.tiers(),
                dailyCap,
                weeklyCap,
                monthlyCap,
                new BigDecimal(minimumBill),
                p.delivery());
    }

    static SubsidyPolicy.Tier tier(String code, Integer minAge, Set<EligibilityStatus> statuses, String amount) {
        return new SubsidyPolicy.Tier(code, code, minAge, statuses, new BigDecimal(amount));
    }

    static SubsidyPolicy withTiers(List<SubsidyPolicy.Tier> tiers) {
        SubsidyPolicy p = jiangjinLike();
        return new SubsidyPolicy(
                p.districtCode(),
                "TIERS",
                "test",
                FROM,
                null,
                SubsidyPolicy.Basis.PER_MEAL,
                tiers,
                null,
                null,
                null,
                BigDecimal.ZERO,
                p.delivery());
    }
}
