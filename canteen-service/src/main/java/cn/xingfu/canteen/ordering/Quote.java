package cn.xingfu.canteen.ordering;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What an order would cost right now, without placing it. */
public record Quote(
        BigDecimal gross,
        BigDecimal subsidy,
        BigDecimal selfPay,
        @Nullable String tierCode,
        String policyVersion,
        String reason,
        List<DietaryWarning> warnings) {}
