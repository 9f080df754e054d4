package cn.xingfu.canteen.ordering;

import cn.xingfu.canteen.senior.EligibilityStatus;
import cn.xingfu.canteen.shared.Channel;
import cn.xingfu.canteen.subsidy.SubsidyPolicies;
import cn.xingfu.canteen.subsidy.SubsidyPolicy;
import cn.xingfu.canteen.subsidy.SubsidyScheme;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The subsidy configuration ordering tests price against (figures chosen for the tests, not real policy). */
@Component
class SubsidyTestPolicies {

    private final SubsidyPolicies policies;

    SubsidyTestPolicies(SubsidyPolicies policies) {
        this.policies = policies;
    }

    /** Per meal: 60+ 2 元, 80+ 3 元, 90+ 5 元, 失能/重残/低保/低收入 5 元, 特困 8 元; min bill 5 元; 60 a month. */
    void standardPolicy(String district, LocalDate from) {
        policies.create(
                new SubsidyPolicy(
                        district,
                        district + "-test-1",
                        "test policy",
                        from,
                        null,
                        SubsidyPolicy.Basis.PER_MEAL,
                        List.of(
                                new SubsidyPolicy.Tier("AGE_60", "60岁及以上", 60, Set.of(), new BigDecimal("2.00")),
                                new SubsidyPolicy.Tier("AGE_80", "80岁及以上", 80, Set.of(), new BigDecimal("3.00")),
                                new SubsidyPolicy.Tier("AGE_90", "90岁及以上", 90, Set.of(), new BigDecimal("5.00")),
                                new SubsidyPolicy.Tier(
                                        "HARDSHIP",
                                        "低保/低收入/失能/重残",
                                        60,
                                        Set.of(
                                                EligibilityStatus.DIBAO,
                                                EligibilityStatus.LOW_INCOME,
                                                EligibilityStatus.DISABLED,
                                                EligibilityStatus.SEVERE_DISABILITY),
                                        new BigDecimal("5.00")),
                                new SubsidyPolicy.Tier(
                                        "TEKUN", "特困", 60, Set.of(EligibilityStatus.TEKUN), new BigDecimal("8.00"))),
                        null,
                        null,
                        60,
                        new BigDecimal("5.00"),
                        SubsidyPolicy.DeliveryRule.standard()),
                "test");
    }

    /**
     * Two schemes that add up: the city's meal subsidy for every channel (60+ 2 元, 80+ 3 元, from a bill of 5 元, 60 a
     * month) and the district's delivery add-on (60+ 4 元, delivered meals only, no minimum).
     */
    void cityMealAndDeliveryAddOn(String district, LocalDate from) {
        policies.create(
                new SubsidyPolicy(
                        district,
                        district + "-schemes",
                        "two schemes",
                        from,
                        null,
                        List.of(
                                new SubsidyScheme(
                                        "CITY_MEAL",
                                        "CITY",
                                        "市级助餐补贴",
                                        from,
                                        null,
                                        EnumSet.allOf(Channel.class),
                                        SubsidyPolicy.Basis.PER_MEAL,
                                        List.of(
                                                new SubsidyPolicy.Tier(
                                                        "AGE_60", "60岁及以上", 60, Set.of(), new BigDecimal("2.00")),
                                                new SubsidyPolicy.Tier(
                                                        "AGE_80", "80岁及以上", 80, Set.of(), new BigDecimal("3.00"))),
                                        null,
                                        null,
                                        60,
                                        new BigDecimal("5.00")),
                                new SubsidyScheme(
                                        "DELIVERY_ADD_ON",
                                        "DISTRICT",
                                        "送餐补贴",
                                        from,
                                        null,
                                        Set.of(Channel.DELIVERY),
                                        SubsidyPolicy.Basis.PER_MEAL,
                                        List.of(new SubsidyPolicy.Tier(
                                                "AGE_60", "60岁及以上", 60, Set.of(), new BigDecimal("4.00"))),
                                        null,
                                        null,
                                        null,
                                        BigDecimal.ZERO)),
                        true,
                        SubsidyPolicy.DeliveryRule.standard()),
                "test");
    }
}
