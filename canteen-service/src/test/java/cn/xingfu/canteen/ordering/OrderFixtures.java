package cn.xingfu.canteen.ordering;

import cn.xingfu.canteen.shared.Channel;
import cn.xingfu.canteen.shared.MealPeriod;
import cn.xingfu.kernel.Ids;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Orders in a given state, reached through the order's own transitions. */
final class OrderFixtures {

    static final Instant NOON = Instant.parse("2026-11-30T03:30:00Z");

    private OrderFixtures() {}

    static Order aPlacedOrder(Channel channel, PaymentMethod payment, String selfPay) {
        BigDecimal self = new BigDecimal(selfPay);
        return new Order(
                Ids.next(),
                new Order.Placement(
                        "A001",
                        1L,
                        null,
                        7L,
                        "staff01",
                        42L,
                        "张*丰",
                        null,
                        null,
                        VerificationMethod.STAFF_CHECK,
                        channel,
                        MealPeriod.LUNCH,
                        LocalDate.of(2026, 11, 30),
                        payment,
                        List.of("SOFT"),
                        null,
                        "key-0001",
                        "fingerprint",
                        null),
                new Order.Pricing(
                        self.add(new BigDecimal("3.00")),
                        new BigDecimal("3.00"),
                        self,
                        "AGE_80",
                        "500116-demo-1",
                        "OK"),
                List.of(new OrderLine(11L, 21L, "回锅肉", "Twice-cooked pork", self.add(new BigDecimal("3.00")), 1)),
                NOON);
    }

    static Order aPlacedDineInOrder() {
        return aPlacedOrder(Channel.DINE_IN, PaymentMethod.WALLET, "9.00");
    }

    static Order aReadyOrder(Channel channel) {
        Order order = aPlacedOrder(channel, PaymentMethod.WALLET, "9.00");
        order.moveTo(OrderStatus.PREPARING, null, NOON);
        order.moveTo(OrderStatus.READY, null, NOON);
        return order;
    }
}
