package cn.xingfu.kiosk.session;

import cn.xingfu.kiosk.KioskConfig;
import cn.xingfu.kiosk.canteen.CanteenClient;
import cn.xingfu.kiosk.canteen.CanteenProblemException;
import cn.xingfu.kiosk.canteen.CanteenUnavailableException;
import cn.xingfu.kiosk.canteen.KioskMe;
import cn.xingfu.kiosk.canteen.MenuAvailability;
import cn.xingfu.kiosk.canteen.MenuChange;
import cn.xingfu.kiosk.canteen.MenuItem;
import cn.xingfu.kiosk.canteen.OrderItem;
import cn.xingfu.kiosk.canteen.OrderRequest;
import cn.xingfu.kiosk.canteen.OrderResponse;
import cn.xingfu.kiosk.canteen.OrderUpdate;
import cn.xingfu.kiosk.canteen.OrderUpdates;
import cn.xingfu.kiosk.canteen.Problem;
import cn.xingfu.kiosk.canteen.Quote;
import cn.xingfu.kiosk.canteen.ScanResult;
import cn.xingfu.kiosk.card.CardRejectedException;
import cn.xingfu.kiosk.card.CardToken;
import cn.xingfu.kiosk.card.OfflineCardVerifier;
import cn.xingfu.kiosk.journal.OrderJournal;
import cn.xingfu.kiosk.journal.PendingOrder;
import cn.xingfu.kiosk.journal.ReplayOutcome;
import cn.xingfu.kiosk.live.LiveUpdates;
import cn.xingfu.kiosk.live.OrderVersions;
import cn.xingfu.kiosk.menu.CachedMenu;
import cn.xingfu.kiosk.menu.MenuCache;
import cn.xingfu.kiosk.ordering.OrderSubmission;
import cn.xingfu.kiosk.ordering.SubmitResult;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiFunction;
import java.util.function.LongSupplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The kiosk's state and flow: scan → menu → order → confirmation, online or offline. Every method and property is
 * used on the UI thread ({@code ui}); service calls run on background threads and post their results back.
 * Orders and journal replays share one thread, so they reach the service one at a time, oldest first.
 */
public final class KioskSession implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(KioskSession.class.getName());
    private static final Set<String> SETTLED =
            Set.of("READY", "SERVED", "PICKED_UP", "DELIVERED", "FAILED", "CANCELLED");
    private static final int NOTICES_KEPT = 3;

    private final KioskConfig config;
    private final CanteenClient client;
    private final OfflineCardVerifier verifier;
    private final MenuCache menuCache;
    private final OrderJournal journal;
    private final OrderSubmission submission;
    private final Executor ui;
    private final LongSupplier nanoTime;
    private final Clock clock;
    private final BiFunction<KioskMe, LiveUpdates.Listener, LiveUpdates> liveFactory;
    private final ExecutorService io = Executors.newCachedThreadPool(daemon("kiosk-io"));
    private final ExecutorService orders = Executors.newSingleThreadExecutor(daemon("kiosk-orders"));
    private final OrderVersions versions = new OrderVersions();
    private final AtomicBoolean probing = new AtomicBoolean();
    private final AtomicBoolean polling = new AtomicBoolean();

    private final ObjectProperty<Screen> screen = new SimpleObjectProperty<>(Screen.WELCOME);
    private final ObjectProperty<Lang> lang = new SimpleObjectProperty<>(Lang.ZH);
    private final ObjectProperty<KioskMe> kiosk = new SimpleObjectProperty<>();
    private final BooleanProperty online = new SimpleBooleanProperty(false);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final IntegerProperty pendingCount = new SimpleIntegerProperty();
    private final ObjectProperty<Words> message = new SimpleObjectProperty<>();
    private final ObjectProperty<Senior> senior = new SimpleObjectProperty<>();
    private final ObservableList<Dish> dishes = FXCollections.observableArrayList();
    private final StringProperty channel = new SimpleStringProperty("DINE_IN");
    private final StringProperty payment = new SimpleStringProperty("WALLET");
    private final ObjectProperty<Quote> quote = new SimpleObjectProperty<>();
    private final ObjectProperty<Confirmation> confirmation = new SimpleObjectProperty<>();
    private final BooleanProperty idleWarning = new SimpleBooleanProperty(false);
    private final IntegerProperty idleSecondsLeft = new SimpleIntegerProperty();
    private final ObservableList<Words> notices = FXCollections.observableArrayList();

    private LiveUpdates live;
    private long lastActivity;
    private long warningSince;
    private long lastPoll;
    private long lastProbe;
    private long cartVersion;
    private Instant caughtUpTo;

    public KioskSession(
            KioskConfig config,
            CanteenClient client,
            Executor ui,
            LongSupplier nanoTime,
            Clock clock,
            BiFunction<KioskMe, LiveUpdates.Listener, LiveUpdates> liveFactory) {
        this.config = config;
        this.client = client;
        this.ui = ui;
        this.nanoTime = nanoTime;
        this.clock = clock;
        this.liveFactory = liveFactory;
        this.verifier = new OfflineCardVerifier(config.dataDir().resolve("card-keys.json"));
        this.menuCache = new MenuCache(config.dataDir().resolve("menu-cache.json"), clock);
        this.journal = OrderJournal.open(config.dataDir().resolve("order-journal.jsonl"), clock);
        this.submission = new OrderSubmission(client, journal, this::replayed, UUID::randomUUID);
        this.lastActivity = nanoTime.getAsLong();
        this.caughtUpTo = clock.instant().minus(Duration.ofHours(12));
        this.pendingCount.set(journal.pendingCount());
        menuCache.kiosk().ifPresent(kiosk::set);
    }

    // ---- state the screens show ----

    public ObjectProperty<Screen> screen() {
        return screen;
    }

    public ObjectProperty<Lang> lang() {
        return lang;
    }

    public ObjectProperty<KioskMe> kiosk() {
        return kiosk;
    }

    public BooleanProperty online() {
        return online;
    }

    public BooleanProperty busy() {
        return busy;
    }

    public IntegerProperty pendingCount() {
        return pendingCount;
    }

    public ObjectProperty<Words> message() {
        return message;
    }

    public ObjectProperty<Senior> senior() {
        return senior;
    }

    public ObservableList<Dish> dishes() {
        return dishes;
    }

    public StringProperty channel() {
        return channel;
    }

    public StringProperty payment() {
        return payment;
    }

    public ObjectProperty<Quote> quote() {
        return quote;
    }

    public ObjectProperty<Confirmation> confirmation() {
        return confirmation;
    }

    public BooleanProperty idleWarning() {
        return idleWarning;
    }

    public IntegerProperty idleSecondsLeft() {
        return idleSecondsLeft;
    }

    public ObservableList<Words> notices() {
        return notices;
    }

    // ---- what the senior (or the scanner) does ----

    /** Connects to the service, or starts offline from the cached kiosk identity and menu. */
    public void start() {
        lastProbe = nanoTime.getAsLong();
        if (probing.compareAndSet(false, true)) {
            io.execute(this::probe);
        }
    }

    public void switchLanguage() {
        touched();
        lang.set(lang.get() == Lang.ZH ? Lang.EN : Lang.ZH);
    }

    /** Any touch: the senior is still here. One touch also answers "need more time?". */
    public void touched() {
        lastActivity = nanoTime.getAsLong();
        idleWarning.set(false);
    }

    public void scanned(String qr) {
        touched();
        if (busy.get()) {
            return;
        }
        busy.set(true);
        message.set(null);
        io.execute(() -> {
            try {
                ScanResult scan = client.scan(qr);
                menuCache.remember(scan);
                ui.execute(() -> showMenu(qr, scan));
            } catch (CanteenProblemException e) {
                ui.execute(() -> {
                    online.set(true);
                    refuseCard(Phrases.problem(e.problem()));
                });
            } catch (CanteenUnavailableException e) {
                LOG.log(System.Logger.Level.INFO, "scan while offline: {0}", e.getMessage());
                ui.execute(() -> scannedOffline(qr));
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "scan failed", e);
                ui.execute(() -> refuseCard(new Words("出了点问题，请联系工作人员", "Something went wrong. Please ask staff")));
            }
        });
    }

    public void toggleDish(long menuItemId) {
        touched();
        if (screen.get() != Screen.MENU || busy.get()) {
            return;
        }
        for (int i = 0; i < dishes.size(); i++) {
            Dish dish = dishes.get(i);
            if (dish.item().menuItemId() == menuItemId) {
                if (!dish.orderable()) {
                    message.set(
                            dish.item().blocked()
                                    ? blockedWords(dish.item())
                                    : Phrases.problem("SOLD_OUT", null, null));
                    return;
                }
                dishes.set(i, new Dish(dish.item(), !dish.selected()));
                message.set(null);
                requote();
                return;
            }
        }
    }

    public void chooseChannel(String newChannel) {
        touched();
        Senior current = senior.get();
        if (current != null
                && (current.channels().isEmpty() || current.channels().contains(newChannel))) {
            channel.set(newChannel);
            requote();
        }
    }

    public void choosePayment(String newPayment) {
        touched();
        payment.set(newPayment);
        requote();
    }

    public boolean hasSelection() {
        return dishes.stream().anyMatch(Dish::selected);
    }

    public void placeOrder() {
        touched();
        Senior current = senior.get();
        if (screen.get() != Screen.MENU || busy.get() || current == null) {
            return;
        }
        if (!hasSelection()) {
            message.set(new Words("请先点选一道菜", "Please choose a dish first"));
            return;
        }
        busy.set(true);
        message.set(null);
        OrderRequest request = request(current);
        boolean offlineCard = current.offline();
        orders.execute(() -> {
            SubmitResult result;
            try {
                result = offlineCard ? submission.queue(request) : submission.submit(request);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "order failed", e);
                ui.execute(() -> {
                    busy.set(false);
                    message.set(new Words("下单没有成功，请联系工作人员", "The order did not go through. Please ask staff"));
                });
                return;
            }
            int pending = submission.pendingCount();
            ui.execute(() -> {
                pendingCount.set(pending);
                busy.set(false);
                placed(result);
            });
        });
    }

    /** Back to the welcome screen for the next senior. */
    public void finish() {
        touched();
        screen.set(Screen.WELCOME);
        senior.set(null);
        dishes.clear();
        quote.set(null);
        confirmation.set(null);
        message.set(null);
        channel.set("DINE_IN");
        payment.set("WALLET");
    }

    /** Called once a second: idle warning and reset, the fallback poll of the shown order, reconnect probes. */
    public void tick() {
        long now = nanoTime.getAsLong();
        idle(now);
        pollShownOrder(now);
        if ((!online.get() || pendingCount.get() > 0 || kiosk.get() == null || live == null)
                && now - lastProbe >= seconds(config.probeSeconds())) {
            lastProbe = now;
            if (probing.compareAndSet(false, true)) {
                io.execute(this::probe);
            }
        }
    }

    // ---- the flow ----

    private void showMenu(String qr, ScanResult scan) {
        busy.set(false);
        online.set(true);
        Words subsidy = scan.subsidy() == null || !scan.subsidy().available()
                ? new Words("本餐没有补贴", "No subsidy for this meal")
                : new Words(
                        "本餐补贴 " + money(scan.subsidy().amount()) + " 元"
                                + tier(scan.subsidy().tierName(), "（", "）"),
                        "Subsidy for this meal: ¥" + money(scan.subsidy().amount())
                                + tier(scan.subsidy().tierName(), " (", ")"));
        senior.set(
                new Senior(qr, scan.cardId(), scan.maskedName(), scan.walletBalance(), subsidy, scan.channels(), scan));
        dishes.setAll(scan.items().stream().map(item -> new Dish(item, false)).toList());
        channel.set(
                scan.channels().isEmpty() || scan.channels().contains("DINE_IN")
                        ? "DINE_IN"
                        : scan.channels().get(0));
        payment.set("WALLET");
        quote.set(null);
        confirmation.set(null);
        screen.set(Screen.MENU);
        // the time on a screen starts when it appears, not when the card was scanned
        lastActivity = nanoTime.getAsLong();
    }

    private void scannedOffline(String qr) {
        busy.set(false);
        online.set(false);
        KioskMe me = kiosk.get();
        CachedMenu menu = menuCache.current().orElse(null);
        if (me == null || menu == null || menu.items().isEmpty() || !verifier.hasKeys()) {
            refuseCard(new Words(
                    "网络中断，暂时无法点餐，请联系工作人员", "No connection: ordering is not possible right now. Please ask staff"));
            return;
        }
        CardToken token;
        try {
            token = verifier.verify(qr, me.canteenId());
        } catch (CardRejectedException e) {
            refuseCard(Phrases.problem(e.code(), e.messageZh(), e.messageEn()));
            return;
        }
        senior.set(new Senior(
                qr,
                token.cardId(),
                null,
                null,
                new Words("补贴和价格待确认", "Subsidy and price to be confirmed"),
                List.of("DINE_IN", "TAKEAWAY"),
                null));
        dishes.setAll(menu.items().stream().map(item -> new Dish(item, false)).toList());
        channel.set("DINE_IN");
        payment.set("WALLET");
        quote.set(null);
        confirmation.set(null);
        screen.set(Screen.MENU);
        // the time on a screen starts when it appears, not when the card was scanned
        lastActivity = nanoTime.getAsLong();
    }

    private void refuseCard(Words words) {
        busy.set(false);
        finish();
        message.set(words);
    }

    private OrderRequest request(Senior current) {
        List<OrderItem> items = dishes.stream()
                .filter(Dish::selected)
                .map(dish -> new OrderItem(dish.item().menuItemId(), 1))
                .toList();
        OrderRequest request = OrderRequest.now(current.cardToken(), channel.get(), payment.get(), items, false);
        if (current.offline()) {
            // the service must book it for the meal it was taken for, however late the replay
            CachedMenu menu = menuCache.current().orElse(null);
            if (menu != null && menu.serviceDate() != null && menu.period() != null) {
                request = request.forMeal(menu.serviceDate(), menu.period());
            }
        }
        return request;
    }

    private void requote() {
        long version = ++cartVersion;
        quote.set(null);
        Senior current = senior.get();
        if (current == null || current.offline() || !hasSelection()) {
            return;
        }
        OrderRequest request = request(current);
        io.execute(() -> {
            try {
                Quote fresh = client.quote(request);
                ui.execute(() -> {
                    if (version == cartVersion) {
                        quote.set(fresh);
                    }
                });
            } catch (RuntimeException e) {
            }
        });
    }

    private void placed(SubmitResult result) {
        if (result instanceof SubmitResult.Placed placed) {
            online.set(true);
            OrderResponse order = placed.order();
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
            if (live != null) {
                live.watch(order.orderId());
            }
            lastPoll = nanoTime.getAsLong();
            screen.set(Screen.CONFIRMATION);
            lastActivity = nanoTime.getAsLong();
        } else if (result instanceof SubmitResult.Queued queued) {
            online.set(false);
            PendingOrder pending = queued.pending();
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
            screen.set(Screen.CONFIRMATION);
            lastActivity = nanoTime.getAsLong();
        } else if (result instanceof SubmitResult.Refused refused) {
            refused(refused.problem());
        }
    }

    private void refused(Problem problem) {
        online.set(true);
        String code = problem.code();
        if (Phrases.endsSession(code)) {
            refuseCard(Phrases.problem(problem));
            return;
        }
        if ("SOLD_OUT".equals(code)) {
            for (int i = 0; i < dishes.size(); i++) {
                Dish dish = dishes.get(i);
                if (problem.menuItemId() == null || dish.item().menuItemId() == problem.menuItemId()) {
                    if (problem.menuItemId() != null) {
                        dishes.set(i, new Dish(dish.item().withAvailability(0, true), false));
                    }
                }
            }
        }
        if ("WALLET_INSUFFICIENT".equals(code)) {
            payment.set("CASH");
        }
        message.set(Phrases.problem(problem));
        requote();
    }

    private void replayed(PendingOrder order, ReplayOutcome outcome) {
        int pending = journal.pendingCount();
        ui.execute(() -> {
            pendingCount.set(pending);
            online.set(true);
            Words notice = outcome.accepted()
                    ? new Words(
                            "离线订单 " + order.localRef() + " 已确认，取餐号 " + outcome.orderNumber(),
                            "Offline order " + order.localRef() + " confirmed, number " + outcome.orderNumber())
                    : new Words(
                            "离线订单 " + order.localRef() + " 未能确认："
                                    + Phrases.problem(outcome.code(), outcome.messageZh(), outcome.messageEn())
                                            .zh(),
                            "Offline order " + order.localRef() + " not accepted: "
                                    + Phrases.problem(outcome.code(), outcome.messageZh(), outcome.messageEn())
                                            .en());
            notices.add(0, notice);
            if (notices.size() > NOTICES_KEPT) {
                notices.remove(NOTICES_KEPT, notices.size());
            }
            Confirmation shown = confirmation.get();
            if (shown != null && shown.queued() && Objects.equals(shown.localRef(), order.localRef())) {
                if (outcome.accepted()) {
                    confirmation.set(new Confirmation(
                            false,
                            shown.localRef(),
                            outcome.orderId(),
                            outcome.orderNumber(),
                            "PLACED",
                            0,
                            shown.channel(),
                            shown.payment(),
                            null,
                            null,
                            null));
                    if (live != null) {
                        live.watch(outcome.orderId());
                    }
                } else {
                    confirmation.set(new Confirmation(
                            false,
                            shown.localRef(),
                            null,
                            null,
                            null,
                            0,
                            shown.channel(),
                            shown.payment(),
                            null,
                            null,
                            Phrases.problem(outcome.code(), outcome.messageZh(), outcome.messageEn())));
                }
            }
        });
    }

    /** A newer status of some order (push, catch-up or poll); stale and repeated versions are dropped. */
    public void orderUpdated(OrderUpdate update) {
        if (!versions.offer(update)) {
            return;
        }
        Confirmation shown = confirmation.get();
        if (shown != null && shown.orderId() != null && shown.orderId() == update.orderId()) {
            confirmation.set(shown.withStatus(update.status(), update.version()));
        }
    }

    /** A dish's portions changed: grey it out (in words too) where it stands, never move it. */
    public void menuChanged(MenuChange change) {
        Senior current = senior.get();
        if (current == null
                || current.offline()
                || current.scan() == null
                || !Objects.equals(current.scan().serviceDate(), change.serviceDate())
                || !Objects.equals(current.scan().period(), change.period())) {
            return;
        }
        for (int i = 0; i < dishes.size(); i++) {
            Dish dish = dishes.get(i);
            if (dish.item().menuItemId() == change.menuItemId()) {
                boolean lost = change.soldOut() && dish.selected();
                dishes.set(
                        i,
                        new Dish(
                                dish.item().withAvailability(change.portionsLeft(), change.soldOut()),
                                dish.selected() && !change.soldOut()));
                if (lost) {
                    message.set(new Words(
                            "您选的“" + dish.item().name() + "”刚刚卖完了，请选择其他菜",
                            "\"" + dish.item().nameEn() + "\" you chose has just sold out. Please choose another"));
                    requote();
                }
            }
        }
    }

    private void availability(MenuAvailability availability) {
        for (MenuAvailability.ItemAvailability item : availability.items()) {
            menuChanged(new MenuChange(
                    availability.canteenId(),
                    item.menuItemId(),
                    availability.serviceDate(),
                    availability.period(),
                    item.portionsLeft(),
                    item.soldOut(),
                    availability.serviceDate() == null ? null : clock.instant()));
        }
    }

    private void idle(long now) {
        if (screen.get() == Screen.WELCOME) {
            idleWarning.set(false);
            if (message.get() != null && now - lastActivity >= seconds(config.idleSeconds())) {
                message.set(null);
            }
            return;
        }
        if (busy.get()) {
            lastActivity = now;
            return;
        }
        if (!idleWarning.get()) {
            if (now - lastActivity >= seconds(config.idleSeconds())) {
                idleWarning.set(true);
                warningSince = now;
                idleSecondsLeft.set(config.warnSeconds());
            }
            return;
        }
        long left = config.warnSeconds() - (now - warningSince) / 1_000_000_000L;
        if (left <= 0) {
            idleWarning.set(false);
            finish();
        } else {
            idleSecondsLeft.set((int) left);
        }
    }

    private void pollShownOrder(long now) {
        Confirmation shown = confirmation.get();
        if (shown == null
                || shown.orderId() == null
                || SETTLED.contains(shown.status())
                || now - lastPoll < seconds(config.pollSeconds())) {
            return;
        }
        lastPoll = now;
        if (!polling.compareAndSet(false, true)) {
            return;
        }
        long orderId = shown.orderId();
        io.execute(() -> {
            try {
                OrderUpdate update = client.order(orderId).asUpdate();
                ui.execute(() -> orderUpdated(update));
            } catch (RuntimeException e) {
            } finally {
                polling.set(false);
            }
        });
    }

    /** Background: is the service there? If so refresh identity and keys, replay the journal, start live updates. */
    private void probe() {
        try {
            KioskMe me = client.me();
            menuCache.remember(me);
            try {
                verifier.update(client.cardKeys());
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "could not refresh card keys: {0}", e.getMessage());
            }
            ui.execute(() -> {
                kiosk.set(me);
                online.set(true);
                startLive(me);
            });
            orders.execute(() -> {
                submission.replay();
                int pending = submission.pendingCount();
                ui.execute(() -> pendingCount.set(pending));
            });
        } catch (CanteenUnavailableException e) {
            ui.execute(() -> online.set(false));
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "kiosk identity check failed: {0}", e.getMessage());
        } finally {
            probing.set(false);
        }
    }

    private void startLive(KioskMe me) {
        if (live != null || liveFactory == null) {
            return;
        }
        live = liveFactory.apply(me, new LiveUpdates.Listener() {
            @Override
            public void orderUpdated(OrderUpdate update) {
                ui.execute(() -> KioskSession.this.orderUpdated(update));
            }

            @Override
            public void menuChanged(MenuChange change) {
                menuCache.apply(change);
                ui.execute(() -> KioskSession.this.menuChanged(change));
            }

            @Override
            public void connected() {
                io.execute(KioskSession.this::catchUp);
            }

            @Override
            public void disconnected() {
                // REST decides whether the kiosk is offline; the push channel only reconnects
            }
        });
        Confirmation shown = confirmation.get();
        if (shown != null && shown.orderId() != null) {
            live.watch(shown.orderId());
        }
        live.start();
    }

    /** Background, after every (re)connect of the push channel: fetch what changed while it was down. */
    private void catchUp() {
        try {
            OrderUpdates missed = client.ordersSince(caughtUpTo);
            MenuAvailability menu = client.menuAvailability();
            menuCache.apply(menu);
            ui.execute(() -> {
                if (missed.asOf() != null) {
                    caughtUpTo = missed.asOf().minusSeconds(5);
                }
                missed.orders().forEach(this::orderUpdated);
                availability(menu);
            });
            orders.execute(() -> {
                submission.replay();
                int pending = submission.pendingCount();
                ui.execute(() -> pendingCount.set(pending));
            });
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.INFO, "catch-up failed: {0}", e.getMessage());
        }
    }

    private static Words blockedWords(MenuItem item) {
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        item.warnings().stream().filter(w -> w.blocking()).forEach(w -> {
            zh.add(w.messageZh());
            en.add(w.messageEn());
        });
        return new Words(
                "这道菜不适合您：" + String.join("；", zh) + "。如需点这道菜，请找工作人员",
                "Not suitable for you: " + String.join("; ", en) + ". Please ask staff if you want it");
    }

    private static String tier(String name, String open, String close) {
        return name == null || name.isBlank() ? "" : open + name + close;
    }

    public static String money(BigDecimal amount) {
        return amount == null
                ? "—"
                : amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    private static long seconds(int seconds) {
        return seconds * 1_000_000_000L;
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    public OrderJournal journal() {
        return journal;
    }

    @Override
    public void close() {
        if (live != null) {
            live.close();
        }
        orders.shutdown();
        io.shutdownNow();
        try {
            orders.awaitTermination(5, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        journal.close();
    }

    /** A scheduler for live updates' reconnects and heart-beats. */
    public static ScheduledExecutorService liveScheduler() {
        return Executors.newScheduledThreadPool(1, daemon("kiosk-live"));
    }
}
