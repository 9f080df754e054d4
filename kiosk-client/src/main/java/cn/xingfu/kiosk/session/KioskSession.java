package cn.xingfu.kiosk.session;

import cn.xingfu.kiosk.KioskConfig;
import cn.xingfu.kiosk.canteen.CanteenClient;
import cn.xingfu.kiosk.canteen.KioskMe;
import cn.xingfu.kiosk.canteen.MenuAvailability;
import cn.xingfu.kiosk.canteen.MenuChange;
import cn.xingfu.kiosk.canteen.OrderUpdate;
import cn.xingfu.kiosk.canteen.Quote;
import cn.xingfu.kiosk.card.OfflineCardVerifier;
import cn.xingfu.kiosk.journal.OrderJournal;
import cn.xingfu.kiosk.journal.PendingOrder;
import cn.xingfu.kiosk.journal.ReplayOutcome;
import cn.xingfu.kiosk.live.LiveUpdates;
import cn.xingfu.kiosk.menu.MenuCache;
import cn.xingfu.kiosk.menu.PictureCache;
import cn.xingfu.kiosk.ordering.OrderSubmission;
import cn.xingfu.kiosk.voice.Announcer;
import cn.xingfu.kiosk.voice.EspeakSpeaker;
import cn.xingfu.kiosk.voice.Speaker;
import java.math.BigDecimal;
import java.time.Clock;
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
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import javafx.scene.image.Image;

/**
 * The kiosk as the screens see it: scan → menu → order → confirmation, online or offline, and back to the start
 * in Chinese for the next senior. It offers what the screens show and takes the senior's, the scanner's and
 * staff's actions, and hands each to the part that owns it: the visit's state ({@link SessionState}: screen,
 * senior, {@link Cart}, {@link OrderTracking}, {@link IdleTimer}), reading a card ({@link CardReading}),
 * sending and following the order ({@link OrderPlacing}), sold-out dishes ({@link AvailabilityWatch}), the tie
 * to the service ({@link ServiceLink}), pictures ({@link DishImages}) and the voice ({@link Announcer}). Every
 * method and property is used on the UI thread ({@code ui}); service calls run on background threads.
 */
public final class KioskSession implements AutoCloseable {

    private final KioskConfig config;
    private final LongSupplier nanoTime;
    private final OrderJournal journal;
    private final Workers workers = new Workers();
    private final SessionState state;
    private final ServiceLink link;
    private final DishImages images;
    private final Announcer voice;
    private final CardReading cards;
    private final OrderPlacing ordering;
    private final AvailabilityWatch availability;
    private final BooleanProperty voiceOn = new SimpleBooleanProperty();

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
        this.nanoTime = nanoTime;
        OfflineCardVerifier verifier = new OfflineCardVerifier(config.dataDir().resolve("card-keys.json"));
        MenuCache menuCache = new MenuCache(config.dataDir().resolve("menu-cache.json"), clock);
        this.journal = OrderJournal.open(config.dataDir().resolve("order-journal.jsonl"), clock);
        // a replayed order is reported on the UI thread, once the order placing below exists
        OrderSubmission submission = new OrderSubmission(
                client, journal, (order, outcome) -> ui.execute(() -> replayed(order, outcome)), UUID::randomUUID);
        this.state = new SessionState(
                new Cart(client, workers.io, ui),
                new OrderTracking(),
                new IdleTimer(config.idleSeconds(), config.warnSeconds(), nanoTime));
        this.images = new DishImages(new PictureCache(config.dataDir().resolve("pictures")), client, workers.io, ui);
        this.voice = new Announcer(speaker, config.voice() && !VoiceSwitch.offIn(config.dataDir()));
        this.voiceOn.set(voice.enabled());
        this.link = new ServiceLink(
                client, verifier, menuCache, submission, liveFactory, workers, ui, clock, new LinkEvents());
        this.cards = new CardReading(state, client, verifier, menuCache, images, voice, workers.io, ui);
        this.ordering = new OrderPlacing(
                state, menuCache, submission, link, voice, workers.orders, ui, nanoTime, config.pollSeconds());
        this.availability = new AvailabilityWatch(state, clock);
        state.pendingCount.set(journal.pendingCount());
        menuCache.kiosk().ifPresent(state.kiosk::set);
    }

    // ---- state the screens show ----

    public ObjectProperty<Screen> screen() {
        return state.screen;
    }

    public ObjectProperty<Lang> lang() {
        return state.lang;
    }

    public ObjectProperty<KioskMe> kiosk() {
        return state.kiosk;
    }

    public BooleanProperty online() {
        return state.online;
    }

    public BooleanProperty busy() {
        return state.busy;
    }

    public IntegerProperty pendingCount() {
        return state.pendingCount;
    }

    public ObjectProperty<Words> message() {
        return state.message;
    }

    public ObjectProperty<Senior> senior() {
        return state.senior;
    }

    public ObservableList<Dish> dishes() {
        return state.cart.dishes();
    }

    public StringProperty channel() {
        return state.cart.channel();
    }

    public StringProperty payment() {
        return state.cart.payment();
    }

    public ObjectProperty<Quote> quote() {
        return state.cart.quote();
    }

    /** True when the service could not price the chosen dishes just now. */
    public BooleanProperty quoteFailed() {
        return state.cart.quoteFailed();
    }

    public ObjectProperty<Confirmation> confirmation() {
        return state.tracking.confirmation();
    }

    public BooleanProperty idleWarning() {
        return state.idle.warning();
    }

    public IntegerProperty idleSecondsLeft() {
        return state.idle.secondsLeft();
    }

    public ObservableList<Words> notices() {
        return state.tracking.notices();
    }

    /** A second card scanned during an order: the screen asks whether to switch to that senior (null: no question). */
    public StringProperty switchCard() {
        return state.switchCard;
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
        return state.cart.hasSelection();
    }

    /** False when the senior's wallet cannot pay for what is chosen (then only cash is offered). */
    public boolean walletCanPay() {
        return state.cart.walletCanPay();
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
        state.lang.set(state.lang.get() == Lang.ZH ? Lang.EN : Lang.ZH);
    }

    /** Any touch: the senior is still here. One touch also answers "need more time?". */
    public void touched() {
        state.touched();
    }

    public void scanned(String qr) {
        touched();
        cards.scanned(qr);
    }

    /** The answer to "switch to the other senior?": yes drops this order and reads the new card. */
    public void answerSwitch(boolean yes) {
        touched();
        cards.answerSwitch(yes);
    }

    public void toggleDish(long menuItemId) {
        touched();
        if (state.screen.get() != Screen.MENU || state.busy.get()) {
            return;
        }
        state.cart.toggle(menuItemId).ifPresentOrElse(state.message::set, () -> {
            state.message.set(null);
            state.requote();
        });
    }

    /** One portion more ({@code +1}) or less ({@code -1}) of a chosen takeaway dish. */
    public void stepDish(long menuItemId, int delta) {
        touched();
        if (state.screen.get() == Screen.MENU && !state.busy.get() && state.cart.step(menuItemId, delta)) {
            state.requote();
        }
    }

    public void chooseChannel(String newChannel) {
        touched();
        Senior current = state.senior.get();
        if (current != null
                && (current.channels().isEmpty() || current.channels().contains(newChannel))) {
            state.cart.chooseChannel(newChannel);
            state.requote();
        }
    }

    public void choosePayment(String newPayment) {
        touched();
        state.cart.choosePayment(newPayment).ifPresentOrElse(state.message::set, () -> state.message.set(null));
        state.requote();
    }

    public void toggleVoice() {
        voice.setEnabled(!voice.enabled());
        voiceOn.set(voice.enabled());
        VoiceSwitch.remember(config.dataDir(), voice.enabled());
    }

    public void placeOrder() {
        touched();
        ordering.placeOrder();
    }

    /** Back to the welcome screen, in Chinese, for the next senior. */
    public void finish() {
        state.finish();
    }

    /** Called once a second: idle warning and reset, the fallback poll of the shown order, reconnect probes. */
    public void tick() {
        long now = nanoTime.getAsLong();
        IdleTimer idle = state.idle;
        if (state.screen.get() == Screen.WELCOME) {
            if (state.message.get() != null && idle.welcomeMessageExpired(now)) {
                state.message.set(null);
            }
            if (state.lang.get() != Lang.ZH && idle.welcomeMessageExpired(now)) {
                state.lang.set(Lang.ZH);
            }
        } else if (idle.timedOut(now, state.busy.get())) {
            finish();
        }
        ordering.pollShownOrder(now);
        if ((!state.online.get() || state.pendingCount.get() > 0 || state.kiosk.get() == null || !link.live())
                && now - lastProbe >= IdleTimer.seconds(config.probeSeconds())) {
            lastProbe = now;
            link.probe();
        }
    }

    /** A newer status of some order (push, catch-up or poll); stale and repeated versions are dropped. */
    public void orderUpdated(OrderUpdate update) {
        ordering.orderUpdated(update);
    }

    /** A dish's portions changed: grey it out (in words too) where it stands, never move it. */
    public void menuChanged(MenuChange change) {
        availability.menuChanged(change);
    }

    private void replayed(PendingOrder order, ReplayOutcome outcome) {
        ordering.replayed(order, outcome);
    }

    /** What the service link learns, on the UI thread. */
    private final class LinkEvents implements ServiceLink.Events {
        @Override
        public void identified(KioskMe me) {
            state.kiosk.set(me);
        }

        @Override
        public void reachable(boolean reachable) {
            state.online.set(reachable);
        }

        @Override
        public void pending(int count) {
            state.pendingCount.set(count);
        }

        @Override
        public void orderUpdated(OrderUpdate update) {
            ordering.orderUpdated(update);
        }

        @Override
        public void menuChanged(MenuChange change) {
            availability.menuChanged(change);
        }

        @Override
        public void availability(MenuAvailability menu) {
            availability.availability(menu);
        }

        @Override
        public void liveStarted() {
            ordering.rewatchShownOrder();
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
