package cn.xingfu.kiosk.live;

import cn.xingfu.kiosk.canteen.CanteenClient;
import cn.xingfu.kiosk.canteen.Json;
import cn.xingfu.kiosk.canteen.MenuChange;
import cn.xingfu.kiosk.canteen.OrderUpdate;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import tools.jackson.core.JacksonException;

/**
 * Keeps a STOMP subscription to this kiosk's orders, the canteen's menu and each watched order. A lost connection
 * is retried with exponential backoff (1 s doubling to 30 s); every (re)connect tells the listener, which catches
 * up on what it missed through REST.
 */
public final class LiveUpdates implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(LiveUpdates.class.getName());
    private static final long MAX_BACKOFF_MS = 30_000;

    /** Receives live events; called on a background thread. */
    public interface Listener {
        void orderUpdated(OrderUpdate update);

        void menuChanged(MenuChange change);

        void connected();

        void disconnected();
    }

    private final URI webSocketUri;
    private final String username;
    private final String password;
    private final long kioskId;
    private final long canteenId;
    private final Listener listener;
    private final ScheduledExecutorService scheduler;
    private final HttpClient http = HttpClient.newHttpClient();
    private final Set<Long> watchedOrders = ConcurrentHashMap.newKeySet();
    private volatile StompConnection connection;
    private volatile boolean connected;
    private volatile boolean closed;
    private long backoffMs = 1_000;

    public LiveUpdates(
            URI serviceBaseUrl,
            String username,
            String password,
            long kioskId,
            long canteenId,
            Listener listener,
            ScheduledExecutorService scheduler) {
        this.webSocketUri = webSocketUri(serviceBaseUrl);
        this.username = username;
        this.password = password;
        this.kioskId = kioskId;
        this.canteenId = canteenId;
        this.listener = listener;
        this.scheduler = scheduler;
    }

    static URI webSocketUri(URI base) {
        String text = base.toString().replaceFirst("^http", "ws");
        return URI.create((text.endsWith("/") ? text.substring(0, text.length() - 1) : text) + "/ws");
    }

    public void start() {
        scheduler.execute(this::connect);
    }

    public boolean isConnected() {
        return connected;
    }

    /** Also follow one order's topic (the order on the confirmation screen). */
    public void watch(long orderId) {
        if (watchedOrders.add(orderId)) {
            StompConnection current = connection;
            if (current != null && connected) {
                current.subscribe("/topic/orders/" + orderId);
            }
        }
    }

    private void connect() {
        if (closed) {
            return;
        }
        StompConnection.open(
                        http,
                        webSocketUri,
                        CanteenClient.basicAuthorization(username, password),
                        username,
                        password,
                        this::message,
                        this::onConnected,
                        this::onLost,
                        scheduler)
                .whenComplete((opened, error) -> {
                    if (error != null) {
                        LOG.log(System.Logger.Level.DEBUG, "live updates not reachable: {0}", error.toString());
                        retryLater();
                    } else {
                        connection = opened;
                        if (closed) {
                            opened.close();
                        }
                    }
                });
    }

    private void onConnected() {
        StompConnection current = connection;
        if (current == null) {
            // CONNECTED raced the assignment in connect(): wait for it
            scheduler.schedule(this::onConnected, 50, TimeUnit.MILLISECONDS);
            return;
        }
        synchronized (this) {
            backoffMs = 1_000;
        }
        connected = true;
        current.subscribe("/topic/kiosks/" + kioskId + "/orders");
        current.subscribe("/topic/canteens/" + canteenId + "/menu");
        watchedOrders.forEach(id -> current.subscribe("/topic/orders/" + id));
        LOG.log(System.Logger.Level.INFO, "live updates connected to {0}", webSocketUri);
        listener.connected();
    }

    private void onLost() {
        boolean was = connected;
        connected = false;
        connection = null;
        if (was) {
            listener.disconnected();
        }
        retryLater();
    }

    private void retryLater() {
        if (closed) {
            return;
        }
        long delay;
        synchronized (this) {
            delay = backoffMs;
            backoffMs = Math.min(MAX_BACKOFF_MS, backoffMs * 2);
        }
        scheduler.schedule(this::connect, delay, TimeUnit.MILLISECONDS);
    }

    private void message(String destination, String body) {
        try {
            if (destination != null && destination.endsWith("/menu")) {
                listener.menuChanged(Json.mapper().readValue(body, MenuChange.class));
            } else {
                listener.orderUpdated(Json.mapper().readValue(body, OrderUpdate.class));
            }
        } catch (JacksonException e) {
            LOG.log(System.Logger.Level.WARNING, "ignoring an unreadable message on {0}: {1}", destination, body);
        }
    }

    @Override
    public void close() {
        closed = true;
        StompConnection current = connection;
        if (current != null) {
            current.close();
        }
    }
}
