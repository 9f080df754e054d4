package cn.xingfu.kiosk.ordering;

import cn.xingfu.kiosk.canteen.CanteenClient;
import cn.xingfu.kiosk.canteen.CanteenProblemException;
import cn.xingfu.kiosk.canteen.CanteenUnavailableException;
import cn.xingfu.kiosk.canteen.OrderRequest;
import cn.xingfu.kiosk.canteen.PlacedOrder;
import cn.xingfu.kiosk.journal.OrderJournal;
import cn.xingfu.kiosk.journal.PendingOrder;
import cn.xingfu.kiosk.journal.ReplayOutcome;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Places orders, never losing or doubling one: each order gets its idempotency key before the first attempt; if
 * the service cannot be reached the order goes to the journal under that same key, and the journal is replayed
 * oldest first before any new order is sent, so the service sees orders in the order seniors placed them.
 * All methods are synchronized: one order or replay is on the wire at a time.
 */
public final class OrderSubmission {

    private static final System.Logger LOG = System.getLogger(OrderSubmission.class.getName());

    private final CanteenClient client;
    private final OrderJournal journal;
    private final ReplayListener listener;
    private final Supplier<UUID> keys;

    public OrderSubmission(CanteenClient client, OrderJournal journal, ReplayListener listener, Supplier<UUID> keys) {
        this.client = client;
        this.journal = journal;
        this.listener = listener;
        this.keys = keys;
    }

    /** Places an order online, or journals it when the service is unreachable. */
    public synchronized SubmitResult submit(OrderRequest request) {
        UUID key = keys.get();
        if (!replay()) {
            return new SubmitResult.Queued(journal.queue(key, request));
        }
        try {
            PlacedOrder placed = client.placeOrder(key, request);
            return new SubmitResult.Placed(placed.order());
        } catch (CanteenProblemException e) {
            return new SubmitResult.Refused(e.problem());
        } catch (CanteenUnavailableException e) {
            // it may have arrived: replaying under the same key returns that order rather than a second one
            LOG.log(System.Logger.Level.INFO, "service unreachable, journalling order {0}: {1}", key, e.getMessage());
            return new SubmitResult.Queued(journal.queue(key, request));
        }
    }

    /** Journals an order without trying the service (the kiosk already knows it is offline). */
    public synchronized SubmitResult queue(OrderRequest request) {
        return new SubmitResult.Queued(journal.queue(keys.get(), request));
    }

    /**
     * Sends journalled orders oldest first, each with its original key. A 4xx is a final rejection; a network
     * error or 5xx stops the replay and keeps the rest for later.
     *
     * @return true when nothing is left in the journal
     */
    public synchronized boolean replay() {
        for (PendingOrder pending : journal.pending()) {
            ReplayOutcome outcome;
            try {
                PlacedOrder placed = client.placeOrder(
                        pending.idempotencyKey(), pending.request().withOfflineCreatedAt(pending.queuedAt()));
                outcome = ReplayOutcome.accepted(
                        placed.order().orderId(), placed.order().orderNumber());
            } catch (CanteenProblemException e) {
                outcome = ReplayOutcome.rejected(
                        e.code(), e.problem().messageZh(), e.problem().messageEn());
            } catch (CanteenUnavailableException e) {
                return false;
            }
            journal.markSent(pending.idempotencyKey(), outcome);
            listener.replayed(pending, outcome);
        }
        return true;
    }

    public int pendingCount() {
        return journal.pendingCount();
    }
}
