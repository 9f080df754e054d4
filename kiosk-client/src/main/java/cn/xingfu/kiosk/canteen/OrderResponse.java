package cn.xingfu.kiosk.canteen;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A placed order ({@code POST /api/orders}, {@code GET /api/orders/{id}}). */
public record OrderResponse(
        long orderId,
        String orderNumber,
        String status,
        String channel,
        String period,
        LocalDate serviceDate,
        long canteenId,
        Long kioskId,
        long seniorId,
        String maskedName,
        List<OrderLine> lines,
        BigDecimal gross,
        BigDecimal subsidy,
        BigDecimal selfPay,
        String payment,
        String paymentStatus,
        String policyVersion,
        List<DishWarning> warnings,
        long version,
        Instant placedAt) {

    /** One line of a placed order. */
    public record OrderLine(long menuItemId, String name, int quantity, BigDecimal unitPrice) {}

    public OrderUpdate asUpdate() {
        return new OrderUpdate(
                orderId, orderNumber, canteenId, kioskId, status, channel, period, serviceDate, version, placedAt);
    }
}
