package cn.xingfu.canteen.settlement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** One line of the claim for the exports: a subsidised meal, or an adjustment of one in a locked month. */
public record ClaimLine(
        long orderId,
        String kind,
        String canteenName,
        long seniorId,
        String seniorMaskedName,
        LocalDate serviceDate,
        String mealPeriod,
        String channel,
        String verification,
        BigDecimal gross,
        BigDecimal priceRuleDiscount,
        BigDecimal subsidy,
        BigDecimal selfPay,
        @Nullable String tierCode,
        Map<String, BigDecimal> schemeAmounts) {

    public static final String ORIGINAL = "ORIGINAL";
    public static final String ADJUSTMENT = "ADJUSTMENT";
}
