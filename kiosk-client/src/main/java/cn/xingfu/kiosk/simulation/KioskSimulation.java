package cn.xingfu.kiosk.simulation;

import cn.xingfu.kiosk.canteen.CanteenClient;
import cn.xingfu.kiosk.canteen.KioskMe;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Simulation mode ({@code java -jar kiosk-client.jar --simulate ...}): sets up a dish and seniors with cards through
 * the manager's API, connects the kitchen displays and the virtual kiosks, lets the kiosks serve seniors for the
 * warm-up and the measured time, waits for the last READYs, and reports. A progress line every few seconds.
 */
public final class KioskSimulation {

    private final SimulationSettings settings;
    private final PrintStream out;

    public KioskSimulation(SimulationSettings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
    }

    public static void main(String[] args) {
        SimulationReport report = new KioskSimulation(SimulationSettings.from(args), System.out).run();
        System.exit(report.errors().isEmpty() && report.notReady() == 0 ? 0 : 1);
    }

    public SimulationReport run() {
        KioskMe me = new CanteenClient(
                        settings.service(), settings.kioskUser(), settings.kioskPassword(), Duration.ofSeconds(30))
                .me();
        if (me.period() == null) {
            throw new IllegalStateException("canteen " + me.canteenId() + " takes no orders now (no meal open)");
        }
        HttpClient http = HttpClient.newHttpClient();
        StaffCalls manager =
                new StaffCalls(settings.service(), settings.managerUser(), settings.managerPassword(), http);
        long menuItemId = manager.dishOnMeal(me.canteenId(), me.serviceDate(), me.period(), settings.portions());
        List<String> cards = cards(manager, me.canteenId());
        out.printf(
                "setup: canteen %d, %s %s, dish %d with %,d portions, %d seniors with cards%n",
                me.canteenId(), me.serviceDate(), me.period(), menuItemId, settings.portions(), cards.size());

        LoadFigures figures = new LoadFigures();
        ReadyTracker tracker = new ReadyTracker();
        ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2, daemon("simulation-live"));
        List<KitchenDisplay> kitchens = new ArrayList<>();
        List<VirtualKiosk> kiosks = new ArrayList<>();
        ExecutorService serving = Executors.newFixedThreadPool(settings.kiosks(), daemon("virtual-kiosk"));
        try {
            for (int i = 0; i < settings.kitchens(); i++) {
                KitchenDisplay kitchen = new KitchenDisplay(settings, me.canteenId(), i, figures, scheduler);
                kitchens.add(kitchen);
                kitchen.connect();
            }
            for (int i = 0; i < settings.kiosks(); i++) {
                VirtualKiosk kiosk = new VirtualKiosk(
                        settings, me.kioskId(), me.canteenId(), cards, menuItemId, figures, tracker, scheduler);
                kiosks.add(kiosk);
                kiosk.connect();
            }
            awaitConnected(kitchens, kiosks);

            long start = System.nanoTime();
            long measureFrom = start + settings.warmUp().toNanos();
            long placeUntil = measureFrom + settings.duration().toNanos();
            BooleanSupplier placing = () -> System.nanoTime() < placeUntil;
            List<Future<?>> loops = new ArrayList<>();
            for (VirtualKiosk kiosk : kiosks) {
                loops.add(serving.submit(() -> kiosk.serve(placing)));
            }
            long nextProgress = start + settings.progressEvery().toNanos();
            boolean measuring = false;
            double ordersPerSecond = 0;
            long drainUntil = placeUntil + settings.drain().toNanos();
            while (true) {
                long now = System.nanoTime();
                if (!measuring && now >= measureFrom) {
                    figures.startMeasuring();
                    measuring = true;
                }
                boolean placingOver = now >= placeUntil && loops.stream().allMatch(Future::isDone);
                if (placingOver && ordersPerSecond == 0) {
                    ordersPerSecond = figures.orders() / (settings.duration().toNanos() / 1e9);
                }
                if (placingOver && (tracker.waiting() == 0 || now >= drainUntil)) {
                    break;
                }
                if (now >= nextProgress) {
                    progress(figures, tracker, (now - start) / 1_000_000_000L, measuring);
                    nextProgress += settings.progressEvery().toNanos();
                }
                sleep(100);
            }
            figures.stopMeasuring();
            SimulationReport report = report(figures, tracker, ordersPerSecond);
            report.print(out, settings);
            return report;
        } finally {
            serving.shutdownNow();
            kiosks.forEach(VirtualKiosk::close);
            kitchens.forEach(KitchenDisplay::close);
            scheduler.shutdownNow();
        }
    }

    private List<String> cards(StaffCalls manager, long canteenId) {
        ExecutorService pool = Executors.newFixedThreadPool(4, daemon("simulation-setup"));
        try {
            List<Future<String>> tokens = new ArrayList<>();
            for (int i = 0; i < settings.seniors(); i++) {
                int n = i;
                tokens.add(pool.submit(() -> manager.seniorWithCard(canteenId, n)));
            }
            List<String> result = new ArrayList<>();
            for (Future<String> token : tokens) {
                result.add(token.get());
            }
            return result;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while setting up seniors", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(
                    "setting up seniors failed: " + e.getCause().getMessage(), e);
        } finally {
            pool.shutdownNow();
        }
    }

    private void awaitConnected(List<KitchenDisplay> kitchens, List<VirtualKiosk> kiosks) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            if (kitchens.stream().allMatch(KitchenDisplay::connected)
                    && kiosks.stream().allMatch(VirtualKiosk::isConnected)) {
                return;
            }
            sleep(50);
        }
        throw new IllegalStateException("live connections not up within 30 s: "
                + kitchens.stream().filter(KitchenDisplay::connected).count() + "/" + kitchens.size()
                + " kitchen displays, "
                + kiosks.stream().filter(VirtualKiosk::isConnected).count() + "/" + kiosks.size() + " kiosks");
    }

    private void progress(LoadFigures figures, ReadyTracker tracker, long seconds, boolean measuring) {
        if (!measuring) {
            out.printf(Locale.ROOT, "[%4d s] warming up, waiting for ready %d%n", seconds, tracker.waiting());
            return;
        }
        double measured = figures.measured().toNanos() / 1e9;
        out.printf(
                Locale.ROOT,
                "[%4d s] orders %,d (%.1f/s)  order p99 %.1f ms  push p99 %.1f ms  ready p99 %.1f ms"
                        + "  waiting for ready %d  errors %d%n",
                seconds,
                figures.orders(),
                figures.orders() / measured,
                figures.latency(MeasuredStep.ORDER).p99(),
                figures.latency(MeasuredStep.PUSH_KIOSK).p99(),
                figures.latency(MeasuredStep.READY).p99(),
                tracker.waiting(),
                figures.errorCount());
    }

    private static SimulationReport report(LoadFigures figures, ReadyTracker tracker, double ordersPerSecond) {
        Map<MeasuredStep, Latency> latencies = new EnumMap<>(MeasuredStep.class);
        for (MeasuredStep step : MeasuredStep.values()) {
            latencies.put(step, figures.latency(step));
        }
        return new SimulationReport(figures.orders(), ordersPerSecond, latencies, figures.errors(), tracker.waiting());
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
