package cn.xingfu.kiosk.simulation;

import cn.xingfu.kiosk.canteen.CanteenClient;
import cn.xingfu.kiosk.canteen.CanteenProblemException;
import cn.xingfu.kiosk.canteen.CanteenUnavailableException;
import cn.xingfu.kiosk.canteen.MenuChange;
import cn.xingfu.kiosk.canteen.OrderItem;
import cn.xingfu.kiosk.canteen.OrderRequest;
import cn.xingfu.kiosk.canteen.OrderResponse;
import cn.xingfu.kiosk.canteen.OrderUpdate;
import cn.xingfu.kiosk.live.LiveUpdates;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * One kiosk at the rush, through the kiosk's own client code: a senior scans a card, the kiosk reads the menu's
 * portions, the senior orders one portion of the simulation's dish from the wallet, and the kiosk's live
 * subscription waits for "ready". The next senior steps up at once (or after the think time); the READY of earlier
 * orders arrives while the kiosk serves the next.
 */
final class VirtualKiosk implements LiveUpdates.Listener {

    private final CanteenClient client;
    private final LiveUpdates live;
    private final List<String> cards;
    private final long menuItemId;
    private final LoadFigures figures;
    private final ReadyTracker tracker;
    private final Duration think;
    private volatile boolean connected;

    VirtualKiosk(
            SimulationSettings settings,
            long kioskId,
            long canteenId,
            List<String> cards,
            long menuItemId,
            LoadFigures figures,
            ReadyTracker tracker,
            ScheduledExecutorService scheduler) {
        this.client = new CanteenClient(
                settings.service(), settings.kioskUser(), settings.kioskPassword(), Duration.ofSeconds(30));
        this.live = new LiveUpdates(
                settings.service(),
                settings.kioskUser(),
                settings.kioskPassword(),
                kioskId,
                canteenId,
                this,
                scheduler);
        this.cards = cards;
        this.menuItemId = menuItemId;
        this.figures = figures;
        this.tracker = tracker;
        this.think = settings.think();
    }

    void connect() {
        live.start();
    }

    boolean isConnected() {
        return connected;
    }

    /** Serves seniors until {@code running} says stop. */
    void serve(BooleanSupplier running) {
        while (running.getAsBoolean()) {
            String card = cards.get(ThreadLocalRandom.current().nextInt(cards.size()));
            try {
                serveOne(card);
            } catch (RuntimeException unexpected) {
                pause(100);
            }
            if (!think.isZero()) {
                pause(think.toMillis());
            }
        }
    }

    private void serveOne(String card) {
        long start = System.nanoTime();
        if (!timed(MeasuredStep.SCAN, () -> client.scan(card))) {
            return;
        }
        long menuStart = System.nanoTime();
        figures.record(MeasuredStep.SCAN, menuStart - start);
        if (!timed(MeasuredStep.MENU, client::menuAvailability)) {
            return;
        }
        long orderStart = System.nanoTime();
        figures.record(MeasuredStep.MENU, orderStart - menuStart);
        OrderRequest request =
                OrderRequest.now(card, "DINE_IN", "WALLET", List.of(new OrderItem(menuItemId, 1)), false);
        OrderResponse[] answer = new OrderResponse[1];
        if (!timed(
                MeasuredStep.ORDER,
                () -> answer[0] = client.placeOrder(UUID.randomUUID(), request).order())) {
            return;
        }
        long answered = System.nanoTime();
        figures.record(MeasuredStep.ORDER, answered - orderStart);
        figures.ordered();
        if (tracker.placed(answer[0].orderId(), answered)) {
            figures.record(MeasuredStep.READY, 0);
        }
    }

    /** Runs one call; a refusal or an unreachable service counts as an error of that step. */
    private boolean timed(MeasuredStep step, Runnable call) {
        try {
            call.run();
            return true;
        } catch (CanteenProblemException refused) {
            figures.error(step, refused.code());
        } catch (CanteenUnavailableException unavailable) {
            figures.error(step, "unavailable");
            pause(100);
        }
        return false;
    }

    @Override
    public void orderUpdated(OrderUpdate update) {
        long now = System.currentTimeMillis();
        if (update.updatedAt() != null) {
            // commit to receipt: updatedAt is stamped in the order's transaction, a few ms before its commit
            figures.record(
                    MeasuredStep.PUSH_KIOSK,
                    TimeUnit.MILLISECONDS.toNanos(now - update.updatedAt().toEpochMilli()));
        }
        if ("READY".equals(update.status())) {
            long answered = tracker.ready(update.orderId());
            if (answered != ReadyTracker.NOT_WAITING) {
                figures.record(MeasuredStep.READY, System.nanoTime() - answered);
            }
        }
    }

    @Override
    public void menuChanged(MenuChange change) {
        // the simulation's dish has portions for the whole run
    }

    @Override
    public void connected() {
        connected = true;
    }

    @Override
    public void disconnected() {
        connected = false;
        figures.error(MeasuredStep.PUSH_KIOSK, "connection lost");
    }

    void close() {
        live.close();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
