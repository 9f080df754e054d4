package cn.xingfu.canteen.live;

import cn.xingfu.canteen.ordering.OrderChanged;
import cn.xingfu.canteen.ordering.OrderQueries;
import cn.xingfu.canteen.ordering.OrderView;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.event.EventListener;
import org.springframework.messaging.MessageDeliveryException;
import org.springframework.messaging.simp.SimpMessageSendingOperations;
import org.springframework.messaging.simp.broker.BrokerAvailabilityEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Pushes the current snapshot of an order after the transaction that changed it committed (a rolled-back change
 * pushes nothing), on the listener pool, never on the committing thread. The snapshot is read fresh rather than built
 * from the event, so a late or repeated push still sends the latest state; clients drop versions they have already
 * seen. The one exception is a placement, whose event carries the order as its transaction wrote it: at the commit
 * that is the latest state, and a later change pushes its own, newer version (one read per order less at the rush).
 * A resend after a broker outage always reads fresh.
 *
 * <p>Deliberately not an {@code @ApplicationModuleListener}: Modulith's event registry keeps a publication row for
 * every after-commit transactional listener, which cost each order about nine statements and two transactions, and
 * bought nothing the push needs (see {@link MissedOrderPushes}). A plain listener is invisible to the registry.
 */
@Component
class LiveOrderUpdates {

    private static final Logger log = LoggerFactory.getLogger(LiveOrderUpdates.class);

    private final OrderQueries orders;
    private final SimpMessageSendingOperations messaging;
    private final Executor listeners;
    private final MissedOrderPushes missed;

    LiveOrderUpdates(
            OrderQueries orders,
            SimpMessageSendingOperations messaging,
            @Qualifier("taskExecutor") Executor listeners,
            LiveSettings settings) {
        this.orders = orders;
        this.messaging = messaging;
        this.listeners = listeners;
        this.missed = new MissedOrderPushes(settings.relay().resendLimit());
    }

    /**
     * Runs in the publisher's thread and transaction and only arranges the push: after the commit, or at once when
     * the change was made without a transaction.
     */
    @EventListener
    void on(OrderChanged changed) {
        long orderId = changed.orderId();
        OrderView placed = changed.placed();
        if (TransactionSynchronizationManager.isSynchronizationActive()
                && TransactionSynchronizationManager.isActualTransactionActive()) {
            TransactionSynchronizationManager.registerSynchronization(new AfterCommit(orderId, placed));
        } else {
            submit(() -> push(orderId, placed), orderId);
        }
    }

    /** Announced on the relay's network thread: the resend goes to the listener pool. */
    @EventListener
    void on(BrokerAvailabilityEvent event) {
        if (!event.isBrokerAvailable()) {
            return;
        }
        List<Long> due = missed.connected();
        if (due.isEmpty()) {
            return;
        }
        log.info(
                "Resending {} order pushes the broker refused while it was away ({} forgotten beyond the limit so far)",
                due.size(),
                missed.dropped());
        // one after the other: the pool's other threads stay free for the orders placed now
        submit(() -> due.forEach(this::pushLatest), due.get(0));
    }

    /** Reads the order and pushes it; a push the broker refused is remembered until the relay connects again. */
    void pushLatest(long orderId) {
        push(orderId, null);
    }

    /** Pushes {@code known}, or else the order read now; a refused push is remembered as {@link #pushLatest} does. */
    private void push(long orderId, @Nullable OrderView known) {
        long connections = missed.connections();
        try {
            push(known != null ? known : orders.snapshot(orderId));
        } catch (MessageDeliveryException refused) {
            if (!missed.remember(orderId, connections)) {
                // refused just before the relay connected, whose resend did not include it yet
                pushLatest(orderId);
            } else if (missed.waiting() == 1) {
                log.warn(
                        "Push of order {} not sent: the broker is unavailable; this and the next refused pushes are"
                                + " resent once the relay reconnects",
                        orderId);
            }
        } catch (RuntimeException failed) {
            // not remembered: its screens catch up over REST when they next reconnect
            log.error("Push of order {} failed", orderId, failed);
        }
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

    int missedPushesWaiting() {
        return missed.waiting();
    }

    long missedPushesDropped() {
        return missed.dropped();
    }

    private void submit(Runnable push, long orderId) {
        try {
            listeners.execute(push);
        } catch (RejectedExecutionException stopping) {
            // the pool is shutting down; an exception here would reach a caller whose transaction has committed
            log.warn("Push of order {} not sent: the service is stopping", orderId);
        }
    }

    /** Hands the push to the listener pool once the transaction committed; after a rollback nothing happens. */
    private final class AfterCommit implements TransactionSynchronization {

        private final long orderId;
        private final @Nullable OrderView placed;

        AfterCommit(long orderId, @Nullable OrderView placed) {
            this.orderId = orderId;
            this.placed = placed;
        }

        @Override
        public void afterCommit() {
            submit(() -> push(orderId, placed), orderId);
        }
    }
}
