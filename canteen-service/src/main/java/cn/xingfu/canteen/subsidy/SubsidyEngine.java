package cn.xingfu.canteen.subsidy;

import cn.xingfu.canteen.senior.EligibilityStatus;
import cn.xingfu.kernel.DomainException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The subsidy rules, pure: a policy version and one meal in, a decision out. No clock, no database; the
 * caller passes the policy in force on the service date and the senior's usage counted so far under each scheme.
 *
 * <p>For each scheme, in this order: the scheme in force on the service date; the channel covered; a qualifying tier;
 * one subsidised meal per meal period and day; once per day for per-day schemes; daily, weekly and monthly caps;
 * minimum bill. A scheme's amount is its highest single tier (tiers never add up). When the policy's schemes add up,
 * each grants its amount in the policy's order until the gross price is used up; otherwise only the scheme granting
 * most pays. The total is never more than the gross price.
 */
@Component
public class SubsidyEngine {

    public SubsidyDecision decide(SubsidyPolicy policy, SubsidyRequest request) {
        return decide(policy, request, false);
    }

    /**
     * What the senior is entitled to for this meal before any dish is chosen, for the kiosk after a scan: every rule
     * except the minimum bill and the cut to the gross price, which depend on the bill (each share carries its
     * scheme's minimum bill so the kiosk can say so). {@code request.gross()} is ignored.
     */
    public SubsidyDecision entitlement(SubsidyPolicy policy, SubsidyRequest request) {
        return decide(policy, request, true);
    }

    private SubsidyDecision decide(SubsidyPolicy policy, SubsidyRequest request, boolean beforeTheBill) {
        BigDecimal gross = beforeTheBill ? BigDecimal.ZERO.setScale(2) : checkedGross(request.gross());
        LocalDate serviceDate = request.serviceDate();
        if (!policy.inForceOn(serviceDate)) {
            throw DomainException.invalid(
                    "POLICY_NOT_IN_FORCE",
                    "该补贴政策版本在服务日期不生效",
                    "Policy " + policy.version() + " is not in force on " + serviceDate);
        }
        int age = ageOn(request.dateOfBirth(), serviceDate);
        List<Candidate> candidates = new ArrayList<>();
        for (SubsidyScheme scheme : policy.schemes()) {
            candidates.add(candidate(scheme, age, request, gross, beforeTheBill));
        }
        if (!policy.schemesAddUp()) {
            Candidate best = candidates.stream()
                    .filter(c -> c.amount.signum() > 0)
                    .reduce((a, b) -> b.amount.compareTo(a.amount) > 0 ? b : a)
                    .orElse(null);
            for (Candidate c : candidates) {
                if (c != best && c.amount.signum() > 0) {
                    c.refuse(SubsidyDecision.NOT_CUMULATIVE);
                }
            }
        }
        BigDecimal remaining = gross;
        boolean limited = false;
        List<SubsidyDecision.Share> shares = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        SubsidyDecision.Share largest = null;
        for (Candidate c : candidates) {
            BigDecimal amount = c.amount;
            String reason = c.reason;
            if (!beforeTheBill && amount.compareTo(remaining) > 0) {
                amount = remaining;
                reason = SubsidyDecision.LIMITED_TO_GROSS;
                limited = true;
            }
            remaining = remaining.subtract(amount);
            total = total.add(amount);
            SubsidyDecision.Share share = new SubsidyDecision.Share(
                    c.scheme.code(),
                    c.scheme.funder(),
                    c.scheme.nameZh(),
                    amount.signum() > 0 ? c.tier : null,
                    amount,
                    reason,
                    c.scheme.minimumBill());
            shares.add(share);
            if (share.granted() && (largest == null || amount.compareTo(largest.amount()) > 0)) {
                largest = share;
            }
        }
        String reason;
        if (largest != null) {
            reason = limited ? SubsidyDecision.LIMITED_TO_GROSS : SubsidyDecision.SUBSIDISED;
        } else {
            reason = whyNone(shares);
        }
        return new SubsidyDecision(
                gross,
                total,
                beforeTheBill ? gross : gross.subtract(total),
                largest == null ? null : largest.tierCode(),
                policy.version(),
                reason,
                shares);
    }

    /**
     * The reason to show when no scheme pays: the first scheme that covered this meal and refused it for a rule the
     * senior can understand (already used, cap, minimum bill), else the first scheme's reason, else NO_TIER.
     */
    private static String whyNone(List<SubsidyDecision.Share> shares) {
        return shares.stream()
                .map(SubsidyDecision.Share::reason)
                .filter(r -> !r.equals(SubsidyDecision.SCHEME_NOT_IN_FORCE)
                        && !r.equals(SubsidyDecision.CHANNEL_NOT_COVERED)
                        && !r.equals(SubsidyDecision.NO_TIER))
                .findFirst()
                .orElse(
                        shares.isEmpty()
                                ? SubsidyDecision.NO_TIER
                                : shares.get(0).reason());
    }

    private static Candidate candidate(
            SubsidyScheme scheme, int age, SubsidyRequest request, BigDecimal gross, boolean beforeTheBill) {
        SubsidyUsage usage = request.usage().of(scheme.code());
        if (usage.samePeriod() < 0 || usage.sameDay() < 0 || usage.sameWeek() < 0 || usage.sameMonth() < 0) {
            throw DomainException.invalid("INVALID_USAGE", "已用补贴次数不能为负", "Usage counts cannot be negative");
        }
        Candidate c = new Candidate(scheme);
        if (!scheme.inForceOn(request.serviceDate())) {
            return c.refuse(SubsidyDecision.SCHEME_NOT_IN_FORCE);
        }
        if (!scheme.channels().contains(request.channel())) {
            return c.refuse(SubsidyDecision.CHANNEL_NOT_COVERED);
        }
        Optional<SubsidyPolicy.Tier> tier = bestTier(scheme.tiers(), age, request.statusesOnServiceDate());
        if (tier.isEmpty()) {
            return c.refuse(SubsidyDecision.NO_TIER);
        }
        c.tier = tier.get().code();
        if (usage.samePeriod() >= 1) {
            return c.refuse(SubsidyDecision.PERIOD_ALREADY_SUBSIDISED);
        }
        if (scheme.basis() == SubsidyPolicy.Basis.PER_DAY && usage.sameDay() >= 1) {
            return c.refuse(SubsidyDecision.DAY_ALREADY_SUBSIDISED);
        }
        if (reached(scheme.dailyCap(), usage.sameDay())) {
            return c.refuse(SubsidyDecision.DAILY_CAP);
        }
        if (reached(scheme.weeklyCap(), usage.sameWeek())) {
            return c.refuse(SubsidyDecision.WEEKLY_CAP);
        }
        if (reached(scheme.monthlyCap(), usage.sameMonth())) {
            return c.refuse(SubsidyDecision.MONTHLY_CAP);
        }
        if (!beforeTheBill && gross.compareTo(scheme.minimumBill()) < 0) {
            return c.refuse(SubsidyDecision.BELOW_MINIMUM_BILL);
        }
        c.amount = tier.get().amount().setScale(2, RoundingMode.UNNECESSARY);
        c.reason = SubsidyDecision.SUBSIDISED;
        return c;
    }

    /** A scheme's tentative amount before the schemes are combined and cut to the gross price. */
    private static final class Candidate {
        final SubsidyScheme scheme;

        @Nullable
        String tier;

        BigDecimal amount = BigDecimal.ZERO.setScale(2);
        String reason = SubsidyDecision.NO_TIER;

        Candidate(SubsidyScheme scheme) {
            this.scheme = scheme;
        }

        Candidate refuse(String why) {
            amount = BigDecimal.ZERO.setScale(2);
            reason = why;
            return this;
        }
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
        return bestTier(policy.tiers(), age, statuses);
    }

    static Optional<SubsidyPolicy.Tier> bestTier(
            List<SubsidyPolicy.Tier> tiers, int age, Set<EligibilityStatus> statuses) {
        // max() keeps the later of equal elements; reduce keeps the first listed tier among equal amounts
        return tiers.stream()
                .filter(t -> t.qualifies(age, statuses))
                .reduce((a, b) -> b.amount().compareTo(a.amount()) > 0 ? b : a);
    }

    private static boolean reached(Integer cap, int used) {
        return cap != null && used >= cap;
    }

    private static BigDecimal checkedGross(BigDecimal gross) {
        if (gross == null || gross.signum() < 0 || gross.stripTrailingZeros().scale() > 2) {
            throw DomainException.invalid(
                    "INVALID_GROSS", "金额须为非负数且最多两位小数", "The gross price must be non-negative with at most 2 decimals");
        }
        return gross.setScale(2, RoundingMode.UNNECESSARY);
    }
}
