package cn.xingfu.kiosk.simulation;

import cn.xingfu.kiosk.canteen.CanteenClient;
import cn.xingfu.kiosk.canteen.Json;
import cn.xingfu.kiosk.canteen.OrderUpdate;
import cn.xingfu.kiosk.live.StompConnection;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import tools.jackson.core.JacksonException;

/**
 * A kitchen display at the rush: listens on the canteen's order topic as staff and, for its share of the orders
 * (order id modulo the number of displays), taps PREPARING when an order comes in and READY after the cooking time.
 */
final class KitchenDisplay {

    private final SimulationSettings settings;
    private final long canteenId;
    private final int index;
    private final LoadFigures figures;
    private final ScheduledExecutorService scheduler;
    private final StaffCalls staff;
    private final HttpClient http;
    private final ExecutorService taps;
    private volatile StompConnection connection;
    private volatile boolean connected;

    KitchenDisplay(
            SimulationSettings settings,
            long canteenId,
            int index,
            LoadFigures figures,
            ScheduledExecutorService scheduler) {
        this.settings = settings;
        this.canteenId = canteenId;
        this.index = index;
        this.figures = figures;
        this.scheduler = scheduler;
        this.http = HttpClient.newHttpClient();
        this.staff = new StaffCalls(settings.service(), settings.staffUser(), settings.staffPassword(), http);
        this.taps = Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "kitchen-" + index);
            thread.setDaemon(true);
            return thread;
        });
    }

    void connect() {
        String base = settings.service().toString().replaceFirst("^http", "ws");
        URI ws = URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/ws");
        StompConnection.open(
                        http,
                        ws,
                        CanteenClient.basicAuthorization(settings.staffUser(), settings.staffPassword()),
                        settings.staffUser(),
                        settings.staffPassword(),
                        this::message,
                        this::subscribe,
                        () -> {
                            connected = false;
                            figures.error(MeasuredStep.PUSH_KITCHEN, "connection lost");
                        },
                        scheduler)
                .whenComplete((opened, error) -> {
                    if (error == null) {
                        connection = opened;
                    }
                });
    }

    private void subscribe() {
        StompConnection current = connection;
        if (current == null) {
            // CONNECTED raced the assignment in connect(): wait for it
            scheduler.schedule(this::subscribe, 20, TimeUnit.MILLISECONDS);
            return;
        }
        current.subscribe("/topic/canteens/" + canteenId + "/orders");
        connected = true;
    }

    boolean connected() {
        return connected;
    }

    private void message(String destination, String body) {
        OrderUpdate update;
        try {
            update = Json.mapper().readValue(body, OrderUpdate.class);
        } catch (JacksonException e) {
            figures.error(MeasuredStep.PUSH_KITCHEN, "unreadable message");
            return;
        }
        if (update.updatedAt() != null) {
            long millis = System.currentTimeMillis() - update.updatedAt().toEpochMilli();
            figures.record(MeasuredStep.PUSH_KITCHEN, TimeUnit.MILLISECONDS.toNanos(millis));
        }
        if (Math.floorMod(update.orderId(), settings.kitchens()) != index) {
            return;
        }
        switch (update.status()) {
            case "PLACED" -> taps.execute(() -> tap(update.orderId(), "PREPARING"));
            case "PREPARING" ->
                scheduler.schedule(
                        () -> taps.execute(() -> tap(update.orderId(), "READY")),
                        settings.cook().toMillis(),
                        TimeUnit.MILLISECONDS);
            default -> {
                // READY and later belong to the counter
            }
        }
    }

    private void tap(long orderId, String status) {
        long start = System.nanoTime();
        try {
            staff.advance(orderId, status);
            figures.record(MeasuredStep.KITCHEN, System.nanoTime() - start);
        } catch (StaffCalls.StaffCallRefused refused) {
            figures.error(MeasuredStep.KITCHEN, status + " refused");
        }
    }

    void close() {
        StompConnection current = connection;
        if (current != null) {
            current.close();
        }
        taps.shutdownNow();
    }
}
