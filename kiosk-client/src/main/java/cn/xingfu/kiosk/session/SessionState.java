package cn.xingfu.kiosk.session;

import cn.xingfu.kiosk.canteen.KioskMe;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One senior's visit as the screens show it: the screen and language, who is ordering, what they chose
 * ({@link Cart}), the order on show ({@link OrderTracking}), the idle clock ({@link IdleTimer}), the kiosk's
 * connection and the message of the moment. The session's parts (card reading, order placing, the
 * availability watch) share it. Used on the UI thread only.
 */
final class SessionState {

    final ObjectProperty<Screen> screen = new SimpleObjectProperty<>(Screen.WELCOME);
    final ObjectProperty<Lang> lang = new SimpleObjectProperty<>(Lang.ZH);
    final ObjectProperty<KioskMe> kiosk = new SimpleObjectProperty<>();
    final BooleanProperty online = new SimpleBooleanProperty(false);
    final BooleanProperty busy = new SimpleBooleanProperty(false);
    final IntegerProperty pendingCount = new SimpleIntegerProperty();
    final ObjectProperty<Words> message = new SimpleObjectProperty<>();
    final ObjectProperty<Senior> senior = new SimpleObjectProperty<>();
    /** A second card scanned during an order, waiting for "switch to that senior?" (null: no question). */
    final StringProperty switchCard = new SimpleStringProperty();

    final Cart cart;
    final OrderTracking tracking;
    final IdleTimer idle;

    SessionState(Cart cart, OrderTracking tracking, IdleTimer idle) {
        this.cart = cart;
        this.tracking = tracking;
        this.idle = idle;
    }

    /** Any touch: the senior is still here. */
    void touched() {
        idle.touched();
    }

    /** Back to the welcome screen, in Chinese, for the next senior. */
    void finish() {
        touched();
        screen.set(Screen.WELCOME);
        senior.set(null);
        switchCard.set(null);
        cart.clear();
        tracking.clear();
        message.set(null);
        lang.set(Lang.ZH);
    }

    /** Ends the visit with a word to the senior on the welcome screen (a refused card, a blocked card). */
    void refuse(Words words) {
        busy.set(false);
        finish();
        message.set(words);
    }

    /** Asks the service again what the chosen dishes cost; offline there is no price until the order is sent. */
    void requote() {
        Senior current = senior.get();
        if (current != null) {
            cart.requote(current.cardToken(), !current.offline(), message::set);
        }
    }
}
