package cn.xingfu.canteen.ordering;

import cn.xingfu.canteen.senior.SeniorEntitlements;
import cn.xingfu.canteen.senior.SeniorProfile;
import cn.xingfu.canteen.shared.MealPeriod;
import cn.xingfu.canteen.site.CanteenDirectory;
import cn.xingfu.canteen.subsidy.SubsidyEngine;
import cn.xingfu.canteen.subsidy.SubsidyPolicies;
import cn.xingfu.canteen.subsidy.SubsidyPolicy;
import cn.xingfu.canteen.subsidy.SubsidyScheme;
import cn.xingfu.canteen.subsidy.SubsidyUsage;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The counter's view of a senior's entitlement today: the best tier of the district policy in force and the
 * subsidised meals left under its caps, counted from {@code subsidy_usage} as the order path counts them.
 */
@Component
class CounterEntitlements implements SeniorEntitlements {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final CanteenDirectory canteens;
    private final SubsidyPolicies policies;
    private final SubsidyUsageCounter usage;
    private final Clock clock;

    CounterEntitlements(CanteenDirectory canteens, SubsidyPolicies policies, SubsidyUsageCounter usage, Clock clock) {
        this.canteens = canteens;
        this.policies = policies;
        this.usage = usage;
        this.clock = clock;
    }

    @Override
    public Entitlement today(SeniorProfile senior) {
        LocalDate today = LocalDate.now(clock.withZone(CHINA));
        // looked up among all (cached) canteens: a failed lookup would mark the caller's transaction rollback-only
        var canteen = canteens.all().stream()
                .filter(c -> c.id() == senior.homeCanteenId())
                .findFirst();
        if (canteen.isEmpty()) {
            return Entitlement.UNKNOWN;
        }
        SubsidyPolicy policy = policies.inForceOrNone(canteen.get().districtCode(), today);
        int age = SubsidyEngine.ageOn(senior.dateOfBirth(), today);
        var tier = policy.tiers().stream()
                .filter(t -> t.qualifies(age, senior.statusesOn(today)))
                .max(Comparator.comparing(SubsidyPolicy.Tier::amount));
        if (tier.isEmpty()) {
            return new Entitlement(null, null, 0, 0, 0);
        }
        SubsidyScheme meal = policy.mealScheme().orElseThrow();
        SubsidyUsage used = usage.count(senior.id(), meal.code(), today, MealPeriod.LUNCH);
        Integer dailyCap = meal.basis() == SubsidyPolicy.Basis.PER_DAY
                ? Integer.valueOf(meal.dailyCap() == null ? 1 : Math.min(1, meal.dailyCap()))
                : meal.dailyCap();
        return new Entitlement(
                tier.get().code(),
                tier.get().nameZh(),
                left(dailyCap, used.sameDay()),
                left(meal.weeklyCap(), used.sameWeek()),
                left(meal.monthlyCap(), used.sameMonth()));
    }

    private static @Nullable Integer left(@Nullable Integer cap, int used) {
        return cap == null ? null : Math.max(0, cap - used);
    }
}
