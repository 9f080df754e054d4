package cn.xingfu.kiosk.session;

import cn.xingfu.kiosk.canteen.OrderRequest;
import cn.xingfu.kiosk.canteen.OrderResponse;
import cn.xingfu.kiosk.canteen.OrderUpdate;
import cn.xingfu.kiosk.canteen.Problem;
import cn.xingfu.kiosk.journal.PendingOrder;
import cn.xingfu.kiosk.journal.ReplayOutcome;
import cn.xingfu.kiosk.menu.MenuCache;
import cn.xingfu.kiosk.ordering.OrderSubmission;
import cn.xingfu.kiosk.ordering.SubmitResult;
import cn.xingfu.kiosk.voice.Announcer;
import cn.xingfu.kiosk.voice.SpokenText;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.LongSupplier;

/**
 * Sends the senior's order and follows it: placed (the confirmation with its number, watched live and polled as
 * a fallback), queued in the journal while offline, or refused (the cart adjusts: a sold-out dish greys out, a
 * wallet that cannot pay falls back to cash). Orders go out on the single {@code orders} thread, so they and the
 * journal's replays reach the service one at a time. UI thread only.
 */
final class OrderPlacing {

    private static final System.Logger LOG = System.getLogger(OrderPlacing.class.getName());

    private final SessionState state;
    private final MenuCache menuCache;
    private final OrderSubmission submission;
    private final ServiceLink link;
    private final Announcer voice;
    private final Executor orders;
    private final Executor ui;
    private final LongSupplier nanoTime;
    private final long pollNanos;
    private long lastPoll;

    OrderPlacing(
            SessionState state,
            MenuCache menuCache,
            OrderSubmission submission,
            ServiceLink link,
            Announcer voice,
            Executor orders,
            Executor ui,
            LongSupplier nanoTime,
            int pollSeconds) {
        this.state = state;
        this.menuCache = menuCache;
        this.submission = submission;
        this.link = link;
        this.voice = voice;
        this.orders = orders;
        this.ui = ui;
        this.nanoTime = nanoTime;
        this.pollNanos = IdleTimer.seconds(pollSeconds);
    }

    void placeOrder() {
        Senior current = state.senior.get();
        if (state.screen.get() != Screen.MENU || state.busy.get() || current == null) {
            return;
        }
        Cart cart = state.cart;
        if (!cart.hasSelection()) {
            state.message.set(new Words("请先点选一道菜", "Please choose a dish first"));
            return;
        }
        state.message.set(cart.fallBackToCash().orElse(null));
        state.busy.set(true);
        boolean offlineCard = current.offline();
        OrderRequest request = cart.request(
                current.cardToken(), offlineCard ? menuCache.current().orElse(null) : null);
        orders.execute(() -> {
            SubmitResult result;
            try {
                result = offlineCard ? submission.queue(request) : submission.submit(request);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "order failed", e);
                ui.execute(() -> {
                    state.busy.set(false);
                    state.message.set(new Words("下单没有成功，请联系工作人员", "The order did not go through. Please ask staff"));
                });
                return;
            }
            int pending = submission.pendingCount();
            ui.execute(() -> {
                state.pendingCount.set(pending);
                state.busy.set(false);
                placed(result);
            });
        });
    }

    /** A newer status of some order (push, catch-up or poll); stale and repeated versions are dropped. */
    void orderUpdated(OrderUpdate update) {
        if (state.tracking.updated(update)) {
            voice.ready(update.orderNumber());
        }
    }

    /** The fallback to live updates: asks for the shown order's status every few seconds. */
    void pollShownOrder(long now) {
        Long pollable = state.tracking.pollable();
        if (pollable != null && now - lastPoll >= pollNanos) {
            lastPoll = now;
            link.poll(pollable);
        }
    }

    /** An order the journal kept while offline has now reached the service (or was refused by it). */
    void replayed(PendingOrder order, ReplayOutcome outcome) {
        state.pendingCount.set(submission.pendingCount());
        state.online.set(true);
        Long watch = state.tracking.replayed(order, outcome);
        if (watch != null) {
            link.watch(watch);
        }
    }

    /** Live updates (re)started: watch the order on show again. */
    void rewatchShownOrder() {
        Confirmation shown = state.tracking.shown();
        if (shown != null && shown.orderId() != null) {
            link.watch(shown.orderId());
        }
    }

    private void placed(SubmitResult result) {
        if (result instanceof SubmitResult.Placed placed) {
            state.online.set(true);
            OrderResponse order = placed.order();
            state.tracking.placed(order);
            link.watch(order.orderId());
            lastPoll = nanoTime.getAsLong();
            state.screen.set(Screen.CONFIRMATION);
            state.touched();
            voice.orderPlaced(
                    order.orderNumber(),
                    order.lines() == null
                            ? List.of()
                            : order.lines().stream()
                                    .map(l -> new SpokenText.Line(l.name(), l.quantity()))
                                    .toList(),
                    "TAKEAWAY".equals(order.channel()),
                    order.selfPay(),
                    "CASH".equals(order.payment()));
        } else if (result instanceof SubmitResult.Queued queued) {
            state.online.set(false);
            state.tracking.queued(queued.pending());
            state.screen.set(Screen.CONFIRMATION);
            state.touched();
            voice.orderSaved(queued.pending().localRef());
        } else if (result instanceof SubmitResult.Refused refused) {
            refused(refused.problem());
        }
    }

    private void refused(Problem problem) {
        state.online.set(true);
        String code = problem.code();
        if (Phrases.endsSession(code)) {
            state.refuse(Phrases.problem(problem));
            return;
        }
        if ("SOLD_OUT".equals(code) && problem.menuItemId() != null) {
            state.cart.availability(problem.menuItemId(), 0, true);
        }
        if ("WALLET_INSUFFICIENT".equals(code)) {
            state.cart.payment().set("CASH");
        }
        state.message.set(Phrases.problem(problem));
        state.requote();
    }
}
