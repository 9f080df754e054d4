package cn.xingfu.kiosk.canteen;

import java.math.BigDecimal;
import java.util.List;

/** {@code POST /api/orders/quote}: what an order would cost the senior. */
public record Quote(
        BigDecimal gross,
        BigDecimal subsidy,
        BigDecimal selfPay,
        String tierCode,
        String reason,
        List<DishWarning> warnings) {}
