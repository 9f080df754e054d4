package cn.xingfu.kiosk.canteen;

import com.fasterxml.jackson.annotation.JsonAlias;
import java.math.BigDecimal;
import java.util.List;

/**
 * {@code POST /api/orders/quote}: what an order would cost the senior. {@code reason} is the subsidy rule's code
 * (SUBSIDISED, NO_TIER, BELOW_MINIMUM_BILL, ...); when the service also words it ({@code reasonZh}/{@code reasonEn}),
 * the kiosk shows those words, so a new reason needs no kiosk change.
 */
public record Quote(
        BigDecimal gross,
        BigDecimal subsidy,
        BigDecimal selfPay,
        String tierCode,
        String reason,
        List<DishWarning> warnings,
        @JsonAlias({"reasonMessageZh", "reasonTextZh"}) String reasonZh,
        @JsonAlias({"reasonMessageEn", "reasonTextEn"}) String reasonEn) {

    public Quote(
            BigDecimal gross,
            BigDecimal subsidy,
            BigDecimal selfPay,
            String tierCode,
            String reason,
            List<DishWarning> warnings) {
        this(gross, subsidy, selfPay, tierCode, reason, warnings, null, null);
    }

    /** True when the chosen dishes get no subsidy. */
    public boolean unsubsidised() {
        return subsidy == null || subsidy.signum() == 0;
    }
}
