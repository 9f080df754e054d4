package cn.xingfu.canteen.subsidy;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The subsidy granted for one meal and why. {@code tierCode} is null and {@code subsidy} zero when none
 * applies; {@code reason} then says which rule refused it (NO_TIER, PERIOD_ALREADY_SUBSIDISED,
 * DAY_ALREADY_SUBSIDISED, DAILY_CAP, WEEKLY_CAP, MONTHLY_CAP, BELOW_MINIMUM_BILL). A granted subsidy has
 * reason SUBSIDISED, or LIMITED_TO_GROSS when the tier amount was cut to the gross price.
 * {@code selfPay} = gross − subsidy ≥ 0. {@code policyVersion} is recorded with the order: past orders are
 * never recalculated.
 */
public record SubsidyDecision(
        BigDecimal gross,
        BigDecimal subsidy,
        BigDecimal selfPay,
        @Nullable String tierCode,
        String policyVersion,
        String reason) {

    public static final String SUBSIDISED = "SUBSIDISED";
    public static final String LIMITED_TO_GROSS = "LIMITED_TO_GROSS";
    public static final String NO_TIER = "NO_TIER";
    public static final String PERIOD_ALREADY_SUBSIDISED = "PERIOD_ALREADY_SUBSIDISED";
    public static final String DAY_ALREADY_SUBSIDISED = "DAY_ALREADY_SUBSIDISED";
    public static final String DAILY_CAP = "DAILY_CAP";
    public static final String WEEKLY_CAP = "WEEKLY_CAP";
    public static final String MONTHLY_CAP = "MONTHLY_CAP";
    public static final String BELOW_MINIMUM_BILL = "BELOW_MINIMUM_BILL";

    /** True when a subsidy was granted (it counts towards the senior's usage). */
    public boolean subsidised() {
        return subsidy.signum() > 0;
    }
}
