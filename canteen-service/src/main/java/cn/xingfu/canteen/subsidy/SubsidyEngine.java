package cn.xingfu.canteen.subsidy;

import cn.xingfu.canteen.senior.EligibilityStatus;
import cn.xingfu.kernel.DomainException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The subsidy rules, pure: a policy version and one meal in, a decision out. No clock, no database; the
 * caller passes the policy in force on the service date and the senior's usage counted so far.
 *
 * <p>Order of the rules: no qualifying tier; one subsidised meal per meal period and day; once per day
 * for per-day policies; daily, weekly and monthly caps; minimum bill. The amount is the highest single
 * tier (tiers never add up), at most the gross price.
 */
@Component
public class SubsidyEngine {

    public SubsidyDecision decide(SubsidyPolicy policy, SubsidyRequest request) {
        BigDecimal gross = checkedGross(request.gross());
        LocalDate serviceDate = request.serviceDate();
        if (!policy.inForceOn(serviceDate)) {
            throw DomainException.invalid(
                    "POLICY_NOT_IN_FORCE",
                    "该补贴政策版本在服务日期不生效",
                    "Policy " + policy.version() + " is not in force on " + serviceDate);
        }
        SubsidyUsage usage = request.usage();
        if (usage.samePeriod() < 0 || usage.sameDay() < 0 || usage.sameWeek() < 0 || usage.sameMonth() < 0) {
            throw DomainException.invalid("INVALID_USAGE", "已用补贴次数不能为负", "Usage counts cannot be negative");
        }
        int age = ageOn(request.dateOfBirth(), serviceDate);
        Optional<SubsidyPolicy.Tier> tier = bestTier(policy, age, request.statusesOnServiceDate());
        if (tier.isEmpty()) {
            return none(gross, policy, SubsidyDecision.NO_TIER);
        }
        if (usage.samePeriod() >= 1) {
            return none(gross, policy, SubsidyDecision.PERIOD_ALREADY_SUBSIDISED);
        }
        if (policy.basis() == SubsidyPolicy.Basis.PER_DAY && usage.sameDay() >= 1) {
            return none(gross, policy, SubsidyDecision.DAY_ALREADY_SUBSIDISED);
        }
        if (reached(policy.dailyCap(), usage.sameDay())) {
            return none(gross, policy, SubsidyDecision.DAILY_CAP);
        }
        if (reached(policy.weeklyCap(), usage.sameWeek())) {
            return none(gross, policy, SubsidyDecision.WEEKLY_CAP);
        }
        if (reached(policy.monthlyCap(), usage.sameMonth())) {
            return none(gross, policy, SubsidyDecision.MONTHLY_CAP);
        }
        if (gross.compareTo(policy.minimumBill()) < 0) {
            return none(gross, policy, SubsidyDecision.BELOW_MINIMUM_BILL);
        }
        BigDecimal amount = tier.get().amount().setScale(2, RoundingMode.UNNECESSARY);
        boolean limited = amount.compareTo(gross) > 0;
        BigDecimal subsidy = limited ? gross : amount;
        return new SubsidyDecision(
                gross,
                subsidy,
                gross.subtract(subsidy),
                tier.get().code(),
                policy.version(),
                limited ? SubsidyDecision.LIMITED_TO_GROSS : SubsidyDecision.SUBSIDISED);
    }

    /** Whether the senior may have meals delivered under this policy's delivery rule. */
    public boolean deliveryEligible(SubsidyPolicy policy, int age, Set<EligibilityStatus> statuses) {
        return policy.delivery().allows(age, statuses);
    }

    /**
     * Whole years on {@code date}; the birthday itself counts as the new age. A 29 February birthday is
     * reached on 1 March in common years (same rule as {@code SeniorProfile.ageOn}).
     */
    public static int ageOn(LocalDate dateOfBirth, LocalDate date) {
        if (dateOfBirth.isAfter(date)) {
            throw DomainException.invalid(
                    "INVALID_DATE_OF_BIRTH", "出生日期晚于服务日期", "The date of birth is after the service date");
        }
        return Period.between(dateOfBirth, date).getYears();
    }

    static Optional<SubsidyPolicy.Tier> bestTier(SubsidyPolicy policy, int age, Set<EligibilityStatus> statuses) {
        // max() keeps the later of equal elements; reduce keeps the first listed tier among equal amounts
        return policy.tiers().stream()
                .filter(t -> t.qualifies(age, statuses))
                .reduce((a, b) -> b.amount().compareTo(a.amount()) > 0 ? b : a);
    }

    private static boolean reached(Integer cap, int used) {
        return cap != null && used >= cap;
    }

    private static SubsidyDecision none(BigDecimal gross, SubsidyPolicy policy, String reason) {
        return new SubsidyDecision(gross, BigDecimal.ZERO.setScale(2), gross, null, policy.version(), reason);
    }

    private static BigDecimal checkedGross(BigDecimal gross) {
        if (gross == null || gross.signum() < 0 || gross.stripTrailingZeros().scale() > 2) {
            throw DomainException.invalid(
                    "INVALID_GROSS", "金额须为非负数且最多两位小数", "The gross price must be non-negative with at most 2 decimals");
        }
        return gross.setScale(2, RoundingMode.UNNECESSARY);
    }
}
