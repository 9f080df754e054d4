package cn.xingfu.canteen.senior;

import org.jspecify.annotations.Nullable;

/**
 * Today's subsidy tier and remaining subsidised meals of a senior, for the counter view. Implemented by the
 * ordering module (which knows policies and usage); the senior module only declares what it needs, so the
 * dependency still points from ordering to senior.
 */
public interface SeniorEntitlements {

    Entitlement today(SeniorProfile senior);

    /**
     * {@code tierCode} is null when the senior qualifies for no tier; a {@code mealsLeft…} is null when the policy
     * has no such cap.
     */
    record Entitlement(
            @Nullable String tierCode,
            @Nullable String tierName,
            @Nullable Integer mealsLeftToday,
            @Nullable Integer mealsLeftThisWeek,
            @Nullable Integer mealsLeftThisMonth) {

        public static final Entitlement UNKNOWN = new Entitlement(null, null, null, null, null);
    }
}
