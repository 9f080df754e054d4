package cn.xingfu.canteen.subsidy;

import cn.xingfu.canteen.senior.EligibilityStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A Jiangjin (500116) policy clearly labelled as a demo configuration: the figures are placeholders until
 * the district civil-affairs bureau confirms them (DOMAIN.md, gaps 1).
 */
@Component
@Profile("demo")
@Order(50)
class SubsidyDemoData implements ApplicationRunner {

    static final String VERSION = "JJ-DEMO-2026";

    private static final Logger log = LoggerFactory.getLogger(SubsidyDemoData.class);

    private final SubsidyPolicies policies;

    SubsidyDemoData(SubsidyPolicies policies) {
        this.policies = policies;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!policies.versions("500116").isEmpty()) {
            return;
        }
        policies.seed(jiangjinDemo(), "demo");
        log.info("Demo subsidy policy {} for 500116 created", VERSION);
    }

    static SubsidyPolicy jiangjinDemo() {
        return new SubsidyPolicy(
                "500116",
                VERSION,
                "江津区助餐补贴（演示配置，金额待区民政局确认）",
                LocalDate.of(2026, 1, 1),
                null,
                SubsidyPolicy.Basis.PER_MEAL,
                List.of(
                        tier("AGE_60", "60-79岁", 60, Set.of(), "2.00"),
                        tier("AGE_80", "80-89岁", 80, Set.of(), "3.00"),
                        tier("AGE_90", "90岁及以上", 90, Set.of(), "5.00"),
                        tier(
                                "HARDSHIP",
                                "低保/低收入/失能/重残",
                                60,
                                Set.of(
                                        EligibilityStatus.DIBAO,
                                        EligibilityStatus.LOW_INCOME,
                                        EligibilityStatus.DISABLED,
                                        EligibilityStatus.SEVERE_DISABILITY),
                                "5.00"),
                        tier("TEKUN", "特困", 60, Set.of(EligibilityStatus.TEKUN), "8.00")),
                null,
                null,
                60,
                new BigDecimal("5.00"),
                SubsidyPolicy.DeliveryRule.standard());
    }

    private static SubsidyPolicy.Tier tier(
            String code, String name, Integer minAge, Set<EligibilityStatus> statuses, String amount) {
        return new SubsidyPolicy.Tier(code, name, minAge, statuses, new BigDecimal(amount));
    }
}
