package cn.xingfu.kiosk.canteen;

import java.time.Instant;
import java.util.List;

/** {@code GET /api/kiosk/orders?since=}: the changes a kiosk missed while disconnected. */
public record OrderUpdates(Instant asOf, List<OrderUpdate> orders) {

    public OrderUpdates {
        orders = orders == null ? List.of() : List.copyOf(orders);
    }
}
