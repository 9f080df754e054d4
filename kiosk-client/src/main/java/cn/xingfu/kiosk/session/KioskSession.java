package cn.xingfu.kiosk.session;

import cn.xingfu.kiosk.KioskConfig;
import cn.xingfu.kiosk.canteen.CanteenClient;
import cn.xingfu.kiosk.canteen.CanteenProblemException;
import cn.xingfu.kiosk.canteen.CanteenUnavailableException;
import cn.xingfu.kiosk.canteen.KioskMe;
import cn.xingfu.kiosk.canteen.MenuAvailability;
import cn.xingfu.kiosk.canteen.MenuChange;
import cn.xingfu.kiosk.canteen.OrderRequest;
import cn.xingfu.kiosk.canteen.OrderResponse;
import cn.xingfu.kiosk.canteen.OrderUpdate;
import cn.xingfu.kiosk.canteen.Problem;
import cn.xingfu.kiosk.canteen.Quote;
import cn.xingfu.kiosk.canteen.ScanResult;
import cn.xingfu.kiosk.card.CardRejectedException;
import cn.xingfu.kiosk.card.CardToken;
import cn.xingfu.kiosk.card.OfflineCardVerifier;
import cn.xingfu.kiosk.journal.OrderJournal;
import cn.xingfu.kiosk.live.LiveUpdates;
import cn.xingfu.kiosk.menu.CachedMenu;
import cn.xingfu.kiosk.menu.MenuCache;
import cn.xingfu.kiosk.menu.PictureCache;
import cn.xingfu.kiosk.ordering.OrderSubmission;
import cn.xingfu.kiosk.ordering.SubmitResult;
import cn.xingfu.kiosk.voice.Announcer;
import cn.xingfu.kiosk.voice.EspeakSpeaker;
import cn.xingfu.kiosk.voice.Speaker;
import cn.xingfu.kiosk.voice.SpokenText;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
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
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import javafx.scene.image.Image;

/**
 * The kiosk's state and flow: scan → menu → order → confirmation, online or offline, and back to the start in
 * Chinese for the next senior. It holds what the screens show and the senior's actions; the cart ({@link Cart}),
 * the idle question ({@link IdleTimer}), the tie to the service ({@link ServiceLink}), the shown order
 * ({@link OrderTracking}), pictures ({@link DishImages}) and the voice ({@link Announcer}) do the rest. Every
 * method and property is used on the UI thread ({@code ui}); service calls run on background threads.
 */
public final class KioskSession implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(KioskSession.class.getName());

    private final KioskConfig config;
    private final CanteenClient client;
    private final Executor ui;
    private final LongSupplier nanoTime;
    private final Clock clock;
    private final OfflineCardVerifier verifier;
    private final MenuCache menuCache;
    private final OrderJournal journal;
    private final OrderSubmission submission;
    private final Workers workers = new Workers();
    private final Cart cart;
    private final IdleTimer idle;
    private final OrderTracking tracking = new OrderTracking();
    private final ServiceLink link;
    private final DishImages images;
    private final Announcer voice;

    private final ObjectProperty<Screen> screen = new SimpleObjectProperty<>(Screen.WELCOME);
    private final ObjectProperty<Lang> lang = new SimpleObjectProperty<>(Lang.ZH);
    private final ObjectProperty<KioskMe> kiosk = new SimpleObjectProperty<>();
    private final BooleanProperty online = new SimpleBooleanProperty(false);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final IntegerProperty pendingCount = new SimpleIntegerProperty();
    private final ObjectProperty<Words> message = new SimpleObjectProperty<>();
    private final ObjectProperty<Senior> senior = new SimpleObjectProperty<>();
    private final StringProperty switchCard = new SimpleStringProperty();
    private final BooleanProperty voiceOn = new SimpleBooleanProperty();

    private long lastPoll;
    private long lastProbe;

    public KioskSession(
            KioskConfig config,
            CanteenClient client,
            Executor ui,
            LongSupplier nanoTime,
            Clock clock,
            BiFunction<KioskMe, LiveUpdates.Listener, LiveUpdates> liveFactory) {
        this(config, client, ui, nanoTime, clock, liveFactory, config.voice() ? EspeakSpeaker.find() : Speaker.SILENT);
    }

    public KioskSession(
            KioskConfig config,
            CanteenClient client,
            Executor ui,
            LongSupplier nanoTime,
            Clock clock,
            BiFunction<KioskMe, LiveUpdates.Listener, LiveUpdates> liveFactory,
            Speaker speaker) {
        this.config = config;
        this.client = client;
        this.ui = ui;
        this.nanoTime = nanoTime;
        this.clock = clock;
        this.verifier = new OfflineCardVerifier(config.dataDir().resolve("card-keys.json"));
        this.menuCache = new MenuCache(config.dataDir().resolve("menu-cache.json"), clock);
        this.journal = OrderJournal.open(config.dataDir().resolve("order-journal.jsonl"), clock);
        this.submission = new OrderSubmission(
                client, journal, (order, outcome) -> ui.execute(() -> replayed(order, outcome)), UUID::randomUUID);
        this.cart = new Cart(client, workers.io, ui);
        this.idle = new IdleTimer(config.idleSeconds(), config.warnSeconds(), nanoTime);
        this.images = new DishImages(new PictureCache(config.dataDir().resolve("pictures")), client, workers.io, ui);
        this.voice = new Announcer(speaker, config.voice() && !VoiceSwitch.offIn(config.dataDir()));
        this.voiceOn.set(voice.enabled());
        this.link = new ServiceLink(
                client, verifier, menuCache, submission, liveFactory, workers, ui, clock, new LinkEvents());
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
        return cart.dishes();
    }

    public StringProperty channel() {
        return cart.channel();
    }

    public StringProperty payment() {
        return cart.payment();
    }

    public ObjectProperty<Quote> quote() {
        return cart.quote();
    }

    /** True when the service could not price the chosen dishes just now. */
    public BooleanProperty quoteFailed() {
        return cart.quoteFailed();
    }

    public ObjectProperty<Confirmation> confirmation() {
        return tracking.confirmation();
    }

    public BooleanProperty idleWarning() {
        return idle.warning();
    }

    public IntegerProperty idleSecondsLeft() {
        return idle.secondsLeft();
    }

    public ObservableList<Words> notices() {
        return tracking.notices();
    }

    /** A second card scanned during an order: the screen asks whether to switch to that senior (null: no question). */
    public StringProperty switchCard() {
        return switchCard;
    }

    /** Dish pictures by URL, as they arrive. */
    public ObservableMap<String, Image> images() {
        return images.images();
    }

    /** The staff switch for the voice. */
    public BooleanProperty voiceOn() {
        return voiceOn;
    }

    public boolean hasSelection() {
        return cart.hasSelection();
    }

    /** False when the senior's wallet cannot pay for what is chosen (then only cash is offered). */
    public boolean walletCanPay() {
        return cart.walletCanPay();
    }

    public OrderJournal journal() {
        return journal;
    }

    // ---- what the senior, the scanner or staff do ----

    /** Connects to the service, or starts offline from the cached kiosk identity and menu. */
    public void start() {
        lastProbe = nanoTime.getAsLong();
        link.probe();
    }

    public void switchLanguage() {
        touched();
        lang.set(lang.get() == Lang.ZH ? Lang.EN : Lang.ZH);
    }

    /** Any touch: the senior is still here. One touch also answers "need more time?". */
    public void touched() {
        idle.touched();
    }

    public void scanned(String qr) {
        touched();
        if (busy.get()) {
            return;
        }
        Senior current = senior.get();
        if (screen.get() == Screen.MENU && current != null) {
            if (!qr.equals(current.cardToken())) {
                // another senior's card while this one is ordering: ask, never drop the order unasked
                switchCard.set(qr);
            }
            return;
        }
        lookUp(qr);
    }

    /** The answer to "switch to the other senior?": yes drops this order and reads the new card. */
    public void answerSwitch(boolean yes) {
        touched();
        String qr = switchCard.get();
        switchCard.set(null);
        if (yes && qr != null && !busy.get()) {
            lookUp(qr);
        }
    }

    public void toggleDish(long menuItemId) {
        touched();
        if (screen.get() != Screen.MENU || busy.get()) {
            return;
        }
        cart.toggle(menuItemId).ifPresentOrElse(message::set, () -> {
            message.set(null);
            requote();
        });
    }

    /** One portion more ({@code +1}) or less ({@code -1}) of a chosen takeaway dish. */
    public void stepDish(long menuItemId, int delta) {
        touched();
        if (screen.get() == Screen.MENU && !busy.get() && cart.step(menuItemId, delta)) {
            requote();
        }
    }

    public void chooseChannel(String newChannel) {
        touched();
        Senior current = senior.get();
        if (current != null
                && (current.channels().isEmpty() || current.channels().contains(newChannel))) {
            cart.chooseChannel(newChannel);
            requote();
        }
    }

    public void choosePayment(String newPayment) {
        touched();
        cart.choosePayment(newPayment).ifPresentOrElse(message::set, () -> message.set(null));
        requote();
    }

    public void toggleVoice() {
        voice.setEnabled(!voice.enabled());
        voiceOn.set(voice.enabled());
        VoiceSwitch.remember(config.dataDir(), voice.enabled());
    }

    public void placeOrder() {
        touched();
        Senior current = senior.get();
        if (screen.get() != Screen.MENU || busy.get() || current == null) {
            return;
        }
        if (!cart.hasSelection()) {
            message.set(new Words("请先点选一道菜", "Please choose a dish first"));
            return;
        }
        message.set(cart.fallBackToCash().orElse(null));
        busy.set(true);
        boolean offlineCard = current.offline();
        OrderRequest request = cart.request(
                current.cardToken(), offlineCard ? menuCache.current().orElse(null) : null);
        workers.orders.execute(() -> {
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

    /** Back to the welcome screen, in Chinese, for the next senior. */
    public void finish() {
        touched();
        screen.set(Screen.WELCOME);
        senior.set(null);
        switchCard.set(null);
        cart.clear();
        tracking.clear();
        message.set(null);
        lang.set(Lang.ZH);
    }

    /** Called once a second: idle warning and reset, the fallback poll of the shown order, reconnect probes. */
    public void tick() {
        long now = nanoTime.getAsLong();
        if (screen.get() == Screen.WELCOME) {
            if (message.get() != null && idle.welcomeMessageExpired(now)) {
                message.set(null);
            }
            if (lang.get() != Lang.ZH && idle.welcomeMessageExpired(now)) {
                lang.set(Lang.ZH);
            }
        } else if (idle.timedOut(now, busy.get())) {
            finish();
        }
        Long pollable = tracking.pollable();
        if (pollable != null && now - lastPoll >= IdleTimer.seconds(config.pollSeconds())) {
            lastPoll = now;
            link.poll(pollable);
        }
        if ((!online.get() || pendingCount.get() > 0 || kiosk.get() == null || !link.live())
                && now - lastProbe >= IdleTimer.seconds(config.probeSeconds())) {
            lastProbe = now;
            link.probe();
        }
    }

    /** A newer status of some order (push, catch-up or poll); stale and repeated versions are dropped. */
    public void orderUpdated(OrderUpdate update) {
        if (tracking.updated(update)) {
            voice.ready(update.orderNumber());
        }
    }

    /** A dish's portions changed: grey it out (in words too) where it stands, never move it. */
    public void menuChanged(MenuChange change) {
        Senior current = senior.get();
        if (current == null
                || current.offline()
                || !Objects.equals(current.scan().serviceDate(), change.serviceDate())
                || !Objects.equals(current.scan().period(), change.period())) {
            return;
        }
        String name = cart.item(change.menuItemId()).map(i -> i.name()).orElse(null);
        String nameEn = cart.item(change.menuItemId()).map(i -> i.nameEn()).orElse(null);
        if (cart.availability(change.menuItemId(), change.portionsLeft(), change.soldOut())) {
            message.set(new Words(
                    "您选的“" + name + "”刚刚卖完了，请选择其他菜",
                    "\"" + nameEn + "\" you chose has just sold out. Please choose another"));
            requote();
        }
    }

    // ---- the flow ----

    private void lookUp(String qr) {
        busy.set(true);
        message.set(null);
        workers.io.execute(() -> {
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

    private void showMenu(String qr, ScanResult scan) {
        busy.set(false);
        online.set(true);
        switchCard.set(null);
        message.set(null);
        tracking.clear();
        cart.start(scan.items(), scan.channels(), scan.walletBalance());
        images.load(scan.items());
        senior.set(new Senior(
                qr,
                scan.cardId(),
                scan.maskedName(),
                scan.walletBalance(),
                Phrases.subsidyGroup(scan.subsidy()),
                scan.channels(),
                scan));
        screen.set(Screen.MENU);
        // the time on a screen starts when it appears, not when the card was scanned
        touched();
        voice.greet(scan.maskedName());
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
        switchCard.set(null);
        message.set(null);
        tracking.clear();
        cart.start(menu.items(), List.of("DINE_IN", "TAKEAWAY"), null);
        images.load(menu.items());
        senior.set(new Senior(
                qr,
                token.cardId(),
                null,
                null,
                new Words("补贴和价格待确认", "Subsidy and price to be confirmed"),
                List.of("DINE_IN", "TAKEAWAY"),
                null));
        screen.set(Screen.MENU);
        touched();
        voice.greet(null);
    }

    private void refuseCard(Words words) {
        busy.set(false);
        finish();
        message.set(words);
    }

    private void requote() {
        Senior current = senior.get();
        if (current != null) {
            cart.requote(current.cardToken(), !current.offline(), message::set);
        }
    }

    private void placed(SubmitResult result) {
        if (result instanceof SubmitResult.Placed placed) {
            online.set(true);
            OrderResponse order = placed.order();
            tracking.placed(order);
            link.watch(order.orderId());
            lastPoll = nanoTime.getAsLong();
            screen.set(Screen.CONFIRMATION);
            touched();
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
            online.set(false);
            tracking.queued(queued.pending());
            screen.set(Screen.CONFIRMATION);
            touched();
            voice.orderSaved(queued.pending().localRef());
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
        if ("SOLD_OUT".equals(code) && problem.menuItemId() != null) {
            cart.availability(problem.menuItemId(), 0, true);
        }
        if ("WALLET_INSUFFICIENT".equals(code)) {
            cart.payment().set("CASH");
        }
        message.set(Phrases.problem(problem));
        requote();
    }

    private void replayed(cn.xingfu.kiosk.journal.PendingOrder order, cn.xingfu.kiosk.journal.ReplayOutcome outcome) {
        pendingCount.set(journal.pendingCount());
        online.set(true);
        Long watch = tracking.replayed(order, outcome);
        if (watch != null) {
            link.watch(watch);
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

    /** What the service link learns, on the UI thread. */
    private final class LinkEvents implements ServiceLink.Events {
        @Override
        public void identified(KioskMe me) {
            kiosk.set(me);
        }

        @Override
        public void reachable(boolean reachable) {
            online.set(reachable);
        }

        @Override
        public void pending(int count) {
            pendingCount.set(count);
        }

        @Override
        public void orderUpdated(OrderUpdate update) {
            KioskSession.this.orderUpdated(update);
        }

        @Override
        public void menuChanged(MenuChange change) {
            KioskSession.this.menuChanged(change);
        }

        @Override
        public void availability(MenuAvailability menu) {
            KioskSession.this.availability(menu);
        }

        @Override
        public void liveStarted() {
            Confirmation shown = tracking.shown();
            if (shown != null && shown.orderId() != null) {
                link.watch(shown.orderId());
            }
        }
    }

    public static String money(BigDecimal amount) {
        return Phrases.money(amount);
    }

    @Override
    public void close() {
        link.close();
        voice.close();
        workers.close();
        journal.close();
    }

    /** A scheduler for live updates' reconnects and heart-beats. */
    public static ScheduledExecutorService liveScheduler() {
        return Executors.newScheduledThreadPool(1, Workers.daemon("kiosk-live"));
    }
}
