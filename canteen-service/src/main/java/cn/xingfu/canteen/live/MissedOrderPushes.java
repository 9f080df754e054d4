package cn.xingfu.canteen.live;

import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The orders whose push the broker refused while the relay had no connection to RabbitMQ, kept in memory until it
 * has one again and then pushed once more with a fresh snapshot ({@link LiveOrderUpdates}). Only the order's id is
 * kept, once however often it changed meanwhile; beyond the limit the oldest is forgotten and counted.
 *
 * <p>Why memory and not the event registry: every screen and kiosk whose own connection went with the broker
 * reconnects and catches up over REST by {@code since}, so the resend is for the others only, the sessions that
 * never lost their connection (a RabbitMQ cluster in which only the node of this instance's relay connection went
 * away). For them a late push of the latest snapshot is enough. If this instance dies meanwhile, what it remembered
 * goes with it, and so do its own clients' connections: they reconnect to another instance and catch up there. A
 * registry row per order bought nothing more, at about nine statements and two transactions an order.
 */
final class MissedOrderPushes {

    private final int limit;
    private final LinkedHashSet<Long> orderIds = new LinkedHashSet<>();
    private long dropped;
    private long connections;

    MissedOrderPushes(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("at least one missed push must be remembered, not " + limit);
        }
        this.limit = limit;
    }

    /** How many times the relay has connected so far; a push reads it before it sends. */
    synchronized long connections() {
        return connections;
    }

    /**
     * Remembers an order whose push was refused; an order already remembered moves to the newest end.
     *
     * @param connectionsBefore {@link #connections()} as read before the push was sent
     * @return false if the relay connected while the push was failing: its resend has been taken already, so the
     *     caller pushes again at once instead (the order is not remembered)
     */
    synchronized boolean remember(long orderId, long connectionsBefore) {
        if (connections != connectionsBefore) {
            return false;
        }
        orderIds.remove(orderId);
        orderIds.add(orderId);
        if (orderIds.size() > limit) {
            Iterator<Long> oldest = orderIds.iterator();
            oldest.next();
            oldest.remove();
            dropped++;
        }
        return true;
    }

    /** The relay is connected (again): the orders remembered so far, oldest first, to push now; memory is empty. */
    synchronized List<Long> connected() {
        connections++;
        List<Long> due = List.copyOf(orderIds);
        orderIds.clear();
        return due;
    }

    /** The orders remembered beyond the limit and forgotten, since the start. */
    synchronized long dropped() {
        return dropped;
    }

    synchronized int waiting() {
        return orderIds.size();
    }
}
