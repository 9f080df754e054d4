package cn.xingfu.kiosk.session;

import cn.xingfu.kiosk.canteen.CanteenClient;
import cn.xingfu.kiosk.canteen.CanteenProblemException;
import cn.xingfu.kiosk.canteen.CanteenUnavailableException;
import cn.xingfu.kiosk.canteen.KioskMe;
import cn.xingfu.kiosk.canteen.MenuItem;
import cn.xingfu.kiosk.canteen.ScanResult;
import cn.xingfu.kiosk.card.CardRejectedException;
import cn.xingfu.kiosk.card.CardToken;
import cn.xingfu.kiosk.card.OfflineCardVerifier;
import cn.xingfu.kiosk.menu.CachedMenu;
import cn.xingfu.kiosk.menu.MenuCache;
import cn.xingfu.kiosk.voice.Announcer;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * From a scanned card to the senior's menu: asks the service (which checks the card and prices the menu for
 * this senior), or, when the service cannot be reached, checks the card's signature against the cached keys and
 * shows the cached menu. A second card during an order is a question, never a silent switch. UI thread only;
 * the service call runs on {@code io}.
 */
final class CardReading {

    private static final System.Logger LOG = System.getLogger(CardReading.class.getName());
    private static final List<String> OFFLINE_CHANNELS = List.of("DINE_IN", "TAKEAWAY");

    private final SessionState state;
    private final CanteenClient client;
    private final OfflineCardVerifier verifier;
    private final MenuCache menuCache;
    private final DishImages images;
    private final Announcer voice;
    private final Executor io;
    private final Executor ui;

    CardReading(
            SessionState state,
            CanteenClient client,
            OfflineCardVerifier verifier,
            MenuCache menuCache,
            DishImages images,
            Announcer voice,
            Executor io,
            Executor ui) {
        this.state = state;
        this.client = client;
        this.verifier = verifier;
        this.menuCache = menuCache;
        this.images = images;
        this.voice = voice;
        this.io = io;
        this.ui = ui;
    }

    void scanned(String qr) {
        if (state.busy.get()) {
            return;
        }
        Senior current = state.senior.get();
        if (state.screen.get() == Screen.MENU && current != null) {
            if (!qr.equals(current.cardToken())) {
                // another senior's card while this one is ordering: ask, never drop the order unasked
                state.switchCard.set(qr);
            }
            return;
        }
        lookUp(qr);
    }

    /** The answer to "switch to the other senior?": yes drops this order and reads the new card. */
    void answerSwitch(boolean yes) {
        String qr = state.switchCard.get();
        state.switchCard.set(null);
        if (yes && qr != null && !state.busy.get()) {
            lookUp(qr);
        }
    }

    private void lookUp(String qr) {
        state.busy.set(true);
        state.message.set(null);
        io.execute(() -> {
            try {
                ScanResult scan = client.scan(qr);
                menuCache.remember(scan);
                ui.execute(() -> showMenu(qr, scan));
            } catch (CanteenProblemException e) {
                ui.execute(() -> {
                    state.online.set(true);
                    state.refuse(Phrases.problem(e.problem()));
                });
            } catch (CanteenUnavailableException e) {
                LOG.log(System.Logger.Level.INFO, "scan while offline: {0}", e.getMessage());
                ui.execute(() -> scannedOffline(qr));
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "scan failed", e);
                ui.execute(() -> state.refuse(new Words("出了点问题，请联系工作人员", "Something went wrong. Please ask staff")));
            }
        });
    }

    private void showMenu(String qr, ScanResult scan) {
        state.busy.set(false);
        state.online.set(true);
        opened(
                scan.items(),
                scan.channels(),
                new Senior(
                        qr,
                        scan.cardId(),
                        scan.maskedName(),
                        scan.walletBalance(),
                        Phrases.subsidyGroup(scan.subsidy()),
                        scan.channels(),
                        scan));
        voice.greet(scan.maskedName());
    }

    private void scannedOffline(String qr) {
        state.busy.set(false);
        state.online.set(false);
        KioskMe me = state.kiosk.get();
        CachedMenu menu = menuCache.current().orElse(null);
        if (me == null || menu == null || menu.items().isEmpty() || !verifier.hasKeys()) {
            state.refuse(new Words(
                    "网络中断，暂时无法点餐，请联系工作人员", "No connection: ordering is not possible right now. Please ask staff"));
            return;
        }
        CardToken token;
        try {
            token = verifier.verify(qr, me.canteenId());
        } catch (CardRejectedException e) {
            state.refuse(Phrases.problem(e.code(), e.messageZh(), e.messageEn()));
            return;
        }
        opened(
                menu.items(),
                OFFLINE_CHANNELS,
                new Senior(
                        qr,
                        token.cardId(),
                        null,
                        null,
                        new Words("补贴和价格待确认", "Subsidy and price to be confirmed"),
                        OFFLINE_CHANNELS,
                        null));
        voice.greet(null);
    }

    private void opened(List<MenuItem> items, List<String> channels, Senior senior) {
        state.switchCard.set(null);
        state.message.set(null);
        state.tracking.clear();
        state.cart.start(items, channels, senior.walletBalance());
        images.load(items);
        state.senior.set(senior);
        state.screen.set(Screen.MENU);
        // the time on a screen starts when it appears, not when the card was scanned
        state.touched();
    }
}
