package cn.xingfu.canteen.live;

import cn.xingfu.canteen.ordering.OrderStatus;
import cn.xingfu.canteen.ordering.OrderView;
import cn.xingfu.canteen.shared.Channel;
import java.time.Instant;

/**
 * What the pickup board in the dining room may show of an order: its number and where it is, nothing
 * about the senior. Like every live message it carries the order's version.
 */
public record BoardEntry(
        long orderId,
        String orderNumber,
        long canteenId,
        Channel channel,
        OrderStatus status,
        String statusZh,
        String statusEn,
        long version,
        Instant updatedAt) {

    public static BoardEntry of(OrderView order) {
        return new BoardEntry(
                order.orderId(),
                order.orderNumber(),
                order.canteenId(),
                order.channel(),
                order.status(),
                order.statusZh(),
                order.statusEn(),
                order.version(),
                order.updatedAt());
    }

    /** Delivery orders are handed to volunteers, not called out in the dining room. */
    public static boolean belongsOnBoard(OrderView order) {
        return order.channel() != Channel.DELIVERY;
    }
}
