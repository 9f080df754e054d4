package cn.xingfu.canteen.subsidy;

import cn.xingfu.canteen.shared.Channel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One scheme of a policy version: who pays ({@code funder}, e.g. DISTRICT, CITY, CHARITY), when ({@code effectiveFrom}
 * to {@code effectiveTo} inclusive, inside the policy's own dates), for which channels, and its own basis, tiers, caps
 * and minimum bill. A senior gets the single highest tier of each scheme; whether schemes add up is the policy's rule.
 *
 * @param code the scheme's code, also the key of its usage counters ({@code subsidy_usage.scheme_code})
 */
public record SubsidyScheme(
        String code,
        String funder,
        String nameZh,
        LocalDate effectiveFrom,
        @Nullable LocalDate effectiveTo,
        Set<Channel> channels,
        SubsidyPolicy.Basis basis,
        List<SubsidyPolicy.Tier> tiers,
        @Nullable Integer dailyCap,
        @Nullable Integer weeklyCap,
        @Nullable Integer monthlyCap,
        BigDecimal minimumBill) {

    /** The scheme code of policies written before schemes existed, and of the migration's one scheme per policy. */
    public static final String MEAL = "MEAL";

    /** The funder of those schemes: the district civil-affairs bureau. */
    public static final String DISTRICT = "DISTRICT";

    public SubsidyScheme {
        channels = channels == null || channels.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(channels));
        tiers = List.copyOf(tiers);
    }

    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(effectiveFrom) && (effectiveTo == null || !date.isAfter(effectiveTo));
    }

    /** The largest amount any tier grants, which a minimum bill must exceed to avoid a cliff. */
    public BigDecimal topAmount() {
        return tiers.stream()
                .map(SubsidyPolicy.Tier::amount)
                .max(BigDecimal::compareTo)
                .orElse(BigDecimal.ZERO);
    }
}
