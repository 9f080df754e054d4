package cn.xingfu.canteen.subsidy;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The subsidy granted for one meal and why. {@code tierCode} is null and {@code subsidy} zero when none
 * applies; {@code reason} then says which rule refused it (e.g. NO_TIER, PERIOD_ALREADY_SUBSIDISED,
 * WEEKLY_CAP, MONTHLY_CAP, BELOW_MINIMUM_BILL). {@code selfPay} = gross − subsidy ≥ 0.
 */
public record SubsidyDecision(
        BigDecimal gross,
        BigDecimal subsidy,
        BigDecimal selfPay,
        @Nullable String tierCode,
        String policyVersion,
        String reason) {}
