package cn.xingfu.canteen.ordering;

import cn.xingfu.canteen.subsidy.SubsidyDecision;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What an order would cost right now, without placing it: gross = priceRuleDiscount (the canteen's own price rule) +
 * subsidy (the sum of {@code schemes}, government or charity money) + selfPay.
 */
public record Quote(
        BigDecimal gross,
        BigDecimal subsidy,
        BigDecimal selfPay,
        @Nullable String tierCode,
        String policyVersion,
        String reason,
        List<DietaryWarning> warnings,
        @Nullable String priceRuleCode,
        BigDecimal priceRuleDiscount,
        List<SubsidyDecision.Share> schemes) {}
