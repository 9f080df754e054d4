package cn.xingfu.kiosk.session;

import cn.xingfu.kiosk.canteen.CanteenClient;
import cn.xingfu.kiosk.canteen.CanteenUnavailableException;
import cn.xingfu.kiosk.canteen.KioskMe;
import cn.xingfu.kiosk.canteen.MenuAvailability;
import cn.xingfu.kiosk.canteen.MenuChange;
import cn.xingfu.kiosk.canteen.OrderUpdate;
import cn.xingfu.kiosk.canteen.OrderUpdates;
import cn.xingfu.kiosk.card.OfflineCardVerifier;
import cn.xingfu.kiosk.live.LiveUpdates;
import cn.xingfu.kiosk.menu.MenuCache;
import cn.xingfu.kiosk.ordering.OrderSubmission;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiFunction;

/**
 * The kiosk's tie to the service: is it there (probes), who the kiosk is and the card keys, live pushes with a
 * catch-up after every (re)connect, the journal's replay, and a fallback poll of the shown order. Network work runs
 * on the workers; everything it learns is handed to {@link Events} on the UI thread.
 */
final class ServiceLink implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(ServiceLink.class.getName());

    /** What the link tells the session, always on the UI thread. */
    interface Events {
        void identified(KioskMe me);

        void reachable(boolean online);

        void pending(int count);

        void orderUpdated(OrderUpdate update);

        void menuChanged(MenuChange change);

        void availability(MenuAvailability menu);

        /** Pushes are on: the session watches the order it shows. */
        void liveStarted();
    }

    private final CanteenClient client;
    private final OfflineCardVerifier verifier;
    private final MenuCache menuCache;
    private final OrderSubmission submission;
    private final BiFunction<KioskMe, LiveUpdates.Listener, LiveUpdates> liveFactory;
    private final Workers workers;
    private final Executor ui;
    private final Events events;
    private final AtomicBoolean probing = new AtomicBoolean();
    private final AtomicBoolean polling = new AtomicBoolean();
    private LiveUpdates live;
    private Instant caughtUpTo;

    ServiceLink(
            CanteenClient client,
            OfflineCardVerifier verifier,
            MenuCache menuCache,
            OrderSubmission submission,
            BiFunction<KioskMe, LiveUpdates.Listener, LiveUpdates> liveFactory,
            Workers workers,
            Executor ui,
            Clock clock,
            Events events) {
        this.client = client;
        this.verifier = verifier;
        this.menuCache = menuCache;
        this.submission = submission;
        this.liveFactory = liveFactory;
        this.workers = workers;
        this.ui = ui;
        this.events = events;
        this.caughtUpTo = clock.instant().minus(Duration.ofHours(12));
    }

    boolean live() {
        return live != null;
    }

    /** Starts a probe unless one is running. */
    void probe() {
        if (probing.compareAndSet(false, true)) {
            workers.io.execute(this::probeNow);
        }
    }

    void watch(long orderId) {
        if (live != null) {
            live.watch(orderId);
        }
    }

    /** Asks for one order's status (when pushes may have been missed); one poll at a time. */
    void poll(long orderId) {
        if (!polling.compareAndSet(false, true)) {
            return;
        }
        workers.io.execute(() -> {
            try {
                OrderUpdate update = client.order(orderId).asUpdate();
                ui.execute(() -> events.orderUpdated(update));
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.DEBUG, "poll of order {0} failed: {1}", orderId, e.getMessage());
            } finally {
                polling.set(false);
            }
        });
    }

    private void probeNow() {
        try {
            KioskMe me = client.me();
            menuCache.remember(me);
            try {
                verifier.update(client.cardKeys());
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "could not refresh card keys: {0}", e.getMessage());
            }
            ui.execute(() -> {
                events.identified(me);
                events.reachable(true);
                startLive(me);
            });
            replay();
        } catch (CanteenUnavailableException e) {
            ui.execute(() -> events.reachable(false));
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "kiosk identity check failed: {0}", e.getMessage());
        } finally {
            probing.set(false);
        }
    }

    private void replay() {
        workers.orders.execute(() -> {
            submission.replay();
            int pending = submission.pendingCount();
            ui.execute(() -> events.pending(pending));
        });
    }

    private void startLive(KioskMe me) {
        if (live != null || liveFactory == null) {
            return;
        }
        live = liveFactory.apply(me, new LiveUpdates.Listener() {
            @Override
            public void orderUpdated(OrderUpdate update) {
                ui.execute(() -> events.orderUpdated(update));
            }

            @Override
            public void menuChanged(MenuChange change) {
                menuCache.apply(change);
                ui.execute(() -> events.menuChanged(change));
            }

            @Override
            public void connected() {
                workers.io.execute(ServiceLink.this::catchUp);
            }

            @Override
            public void disconnected() {
                // REST decides whether the kiosk is offline; the push channel only reconnects
            }
        });
        events.liveStarted();
        live.start();
    }

    /** After every (re)connect of the push channel: fetch what changed while it was down. */
    private void catchUp() {
        try {
            OrderUpdates missed = client.ordersSince(caughtUpTo);
            MenuAvailability menu = client.menuAvailability();
            menuCache.apply(menu);
            ui.execute(() -> {
                if (missed.asOf() != null) {
                    caughtUpTo = missed.asOf().minusSeconds(5);
                }
                missed.orders().forEach(events::orderUpdated);
                events.availability(menu);
            });
            replay();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.INFO, "catch-up failed: {0}", e.getMessage());
        }
    }

    @Override
    public void close() {
        if (live != null) {
            live.close();
        }
    }
}
