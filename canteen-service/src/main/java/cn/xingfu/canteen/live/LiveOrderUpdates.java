package cn.xingfu.canteen.live;

import cn.xingfu.canteen.ordering.OrderChanged;
import cn.xingfu.canteen.ordering.OrderQueries;
import cn.xingfu.canteen.ordering.OrderView;
import org.springframework.messaging.simp.SimpMessageSendingOperations;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Pushes the current snapshot of an order after the transaction that changed it committed (a rolled-back
 * change publishes nothing). The snapshot is read fresh rather than built from the event, so a
 * re-delivered or late event still sends the latest state; clients drop versions they have already seen.
 */
@Component
class LiveOrderUpdates {

    private final OrderQueries orders;
    private final SimpMessageSendingOperations messaging;

    LiveOrderUpdates(OrderQueries orders, SimpMessageSendingOperations messaging) {
        this.orders = orders;
        this.messaging = messaging;
    }

    /**
     * Without a transaction of its own: the snapshot is one consistent query and the push writes nothing, so a
     * transaction would only add round trips (and a Hibernate session) after every order. The event registry still
     * marks the publication completed only when this returns.
     */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(OrderChanged changed) {
        push(orders.snapshot(changed.orderId()));
    }

    void push(OrderView order) {
        messaging.convertAndSend(LiveDestinations.canteenOrders(order.canteenId()), order);
        messaging.convertAndSend(LiveDestinations.order(order.orderId()), order);
        if (order.kioskId() != null) {
            messaging.convertAndSend(LiveDestinations.kioskOrders(order.kioskId()), order);
        }
        if (BoardEntry.belongsOnBoard(order)) {
            messaging.convertAndSend(LiveDestinations.canteenBoard(order.canteenId()), BoardEntry.of(order));
        }
    }
}
