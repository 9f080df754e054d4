package cn.xingfu.canteen.ordering;

import cn.xingfu.canteen.shared.Channel;
import cn.xingfu.canteen.shared.MealPeriod;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A full snapshot of an order; {@code version} grows with every change. */
public record OrderView(
        long orderId,
        String orderNumber,
        OrderStatus status,
        String statusZh,
        String statusEn,
        Channel channel,
        MealPeriod period,
        LocalDate serviceDate,
        long canteenId,
        @Nullable Long kioskId,
        long seniorId,
        String maskedName,
        List<Line> lines,
        BigDecimal gross,
        BigDecimal subsidy,
        BigDecimal selfPay,
        PaymentMethod payment,
        PaymentStatus paymentStatus,
        @Nullable String tierCode,
        String policyVersion,
        String subsidyReason,
        VerificationMethod verification,
        List<String> dietaryFlags,
        long version,
        Instant placedAt,
        Instant updatedAt) {

    /** One dish of the order; {@code nameEn} is the English name (the Chinese one where none was recorded). */
    public record Line(long menuItemId, long dishId, String name, int quantity, BigDecimal unitPrice, String nameEn) {}
}
