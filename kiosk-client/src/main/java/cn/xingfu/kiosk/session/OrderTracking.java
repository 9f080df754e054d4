package cn.xingfu.kiosk.session;

import cn.xingfu.kiosk.canteen.OrderResponse;
import cn.xingfu.kiosk.canteen.OrderUpdate;
import cn.xingfu.kiosk.journal.PendingOrder;
import cn.xingfu.kiosk.journal.ReplayOutcome;
import cn.xingfu.kiosk.live.OrderVersions;
import java.util.Objects;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The order on the confirmation screen and what happens to it (pushes, catch-up, polls, a journal replay), plus the
 * staff notices about replayed offline orders. Stale and repeated versions of an order are dropped. UI thread only.
 */
final class OrderTracking {

    static final Set<String> SETTLED = Set.of("READY", "SERVED", "PICKED_UP", "DELIVERED", "FAILED", "CANCELLED");
    private static final int NOTICES_KEPT = 3;

    private final OrderVersions versions = new OrderVersions();
    private final ObjectProperty<Confirmation> confirmation = new SimpleObjectProperty<>();
    private final ObservableList<Words> notices = FXCollections.observableArrayList();

    ObjectProperty<Confirmation> confirmation() {
        return confirmation;
    }

    ObservableList<Words> notices() {
        return notices;
    }

    Confirmation shown() {
        return confirmation.get();
    }

    void clear() {
        confirmation.set(null);
    }

    void placed(OrderResponse order) {
        versions.offer(order.asUpdate());
        confirmation.set(new Confirmation(
                false,
                null,
                order.orderId(),
                order.orderNumber(),
                order.status(),
                order.version(),
                order.channel(),
                order.payment(),
                order.paymentStatus(),
                order.selfPay(),
                null));
    }

    void queued(PendingOrder pending) {
        confirmation.set(new Confirmation(
                true,
                pending.localRef(),
                null,
                null,
                null,
                0,
                pending.request().channel(),
                pending.request().payment(),
                null,
                null,
                null));
    }

    /**
     * A journalled order reached the service. Returns the order id to watch when it is the one on the screen and
     * was accepted, else null.
     */
    Long replayed(PendingOrder order, ReplayOutcome outcome) {
        Words refusal =
                outcome.accepted() ? null : Phrases.problem(outcome.code(), outcome.messageZh(), outcome.messageEn());
        notices.add(
                0,
                outcome.accepted()
                        ? new Words(
                                "离线订单 " + order.localRef() + " 已确认，取餐号 " + outcome.orderNumber(),
                                "Offline order " + order.localRef() + " confirmed, number " + outcome.orderNumber())
                        : new Words(
                                "离线订单 " + order.localRef() + " 未能确认：" + refusal.zh(),
                                "Offline order " + order.localRef() + " not accepted: " + refusal.en()));
        if (notices.size() > NOTICES_KEPT) {
            notices.remove(NOTICES_KEPT, notices.size());
        }
        Confirmation shown = confirmation.get();
        if (shown == null || !shown.queued() || !Objects.equals(shown.localRef(), order.localRef())) {
            return null;
        }
        confirmation.set(new Confirmation(
                false,
                shown.localRef(),
                outcome.accepted() ? outcome.orderId() : null,
                outcome.accepted() ? outcome.orderNumber() : null,
                outcome.accepted() ? "PLACED" : null,
                0,
                shown.channel(),
                shown.payment(),
                null,
                null,
                refusal));
        return outcome.accepted() ? outcome.orderId() : null;
    }

    /** A newer status of some order. Returns true when it made the shown order ready (worth saying aloud). */
    boolean updated(OrderUpdate update) {
        if (!versions.offer(update)) {
            return false;
        }
        Confirmation shown = confirmation.get();
        if (shown != null && shown.orderId() != null && shown.orderId() == update.orderId()) {
            boolean wasReady = shown.ready();
            confirmation.set(shown.withStatus(update.status(), update.version()));
            return !wasReady && "READY".equals(update.status());
        }
        return false;
    }

    /** The shown order, when it is still moving and so worth polling. */
    Long pollable() {
        Confirmation shown = confirmation.get();
        return shown == null || shown.orderId() == null || SETTLED.contains(shown.status()) ? null : shown.orderId();
    }
}
