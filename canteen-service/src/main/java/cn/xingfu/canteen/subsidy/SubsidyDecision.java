package cn.xingfu.canteen.subsidy;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The subsidy granted for one meal and why. {@code tierCode} is null and {@code subsidy} zero when none
 * applies; {@code reason} then says which rule refused it (NO_TIER, PERIOD_ALREADY_SUBSIDISED,
 * DAY_ALREADY_SUBSIDISED, DAILY_CAP, WEEKLY_CAP, MONTHLY_CAP, BELOW_MINIMUM_BILL, CHANNEL_NOT_COVERED,
 * SCHEME_NOT_IN_FORCE). A granted subsidy has reason SUBSIDISED, or LIMITED_TO_GROSS when an amount was cut to the
 * gross price. {@code selfPay} = gross − subsidy ≥ 0. {@code policyVersion} is recorded with the order: past orders
 * are never recalculated. {@code shares} has one entry per scheme of the policy, granted or not, in the policy's order;
 * {@code subsidy} is the sum of their amounts and {@code tierCode} the tier of the largest one.
 */
public record SubsidyDecision(
        BigDecimal gross,
        BigDecimal subsidy,
        BigDecimal selfPay,
        @Nullable String tierCode,
        String policyVersion,
        String reason,
        List<Share> shares) {

    public static final String SUBSIDISED = "SUBSIDISED";
    public static final String LIMITED_TO_GROSS = "LIMITED_TO_GROSS";
    public static final String NO_TIER = "NO_TIER";
    public static final String PERIOD_ALREADY_SUBSIDISED = "PERIOD_ALREADY_SUBSIDISED";
    public static final String DAY_ALREADY_SUBSIDISED = "DAY_ALREADY_SUBSIDISED";
    public static final String DAILY_CAP = "DAILY_CAP";
    public static final String WEEKLY_CAP = "WEEKLY_CAP";
    public static final String MONTHLY_CAP = "MONTHLY_CAP";
    public static final String BELOW_MINIMUM_BILL = "BELOW_MINIMUM_BILL";
    public static final String CHANNEL_NOT_COVERED = "CHANNEL_NOT_COVERED";
    public static final String SCHEME_NOT_IN_FORCE = "SCHEME_NOT_IN_FORCE";
    /** The senior qualified, but the policy's schemes do not add up and another scheme granted more. */
    public static final String NOT_CUMULATIVE = "NOT_CUMULATIVE";

    public SubsidyDecision {
        shares = List.copyOf(shares);
    }

    /**
     * One scheme's part of the decision. {@code amount} is zero when the scheme grants nothing, {@code reason} says
     * why; {@code minimumBill} is the scheme's, so a kiosk can say "subsidy from a bill of 15.00".
     */
    public record Share(
            String schemeCode,
            String funder,
            String nameZh,
            @Nullable String tierCode,
            BigDecimal amount,
            String reason,
            BigDecimal minimumBill) {

        public boolean granted() {
            return amount.signum() > 0;
        }
    }

    /** True when a subsidy was granted (it counts towards the senior's usage). */
    public boolean subsidised() {
        return subsidy.signum() > 0;
    }

    /** The schemes that pay for this meal, each counting towards the senior's usage under that scheme. */
    public List<Share> granted() {
        return shares.stream().filter(Share::granted).toList();
    }
}
