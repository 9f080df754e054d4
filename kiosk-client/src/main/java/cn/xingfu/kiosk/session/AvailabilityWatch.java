package cn.xingfu.kiosk.session;

import cn.xingfu.kiosk.canteen.MenuAvailability;
import cn.xingfu.kiosk.canteen.MenuChange;
import cn.xingfu.kiosk.canteen.MenuItem;
import java.time.Clock;
import java.util.Objects;

/**
 * Portions as they sell: a dish on the senior's menu that sells out is greyed out where it stands (never moved),
 * and if the senior had chosen it they are told in words and the price is asked again. Changes for another
 * service date or meal, or while the senior ordered offline, are not theirs. UI thread only.
 */
final class AvailabilityWatch {

    private final SessionState state;
    private final Clock clock;

    AvailabilityWatch(SessionState state, Clock clock) {
        this.state = state;
        this.clock = clock;
    }

    void menuChanged(MenuChange change) {
        Senior current = state.senior.get();
        if (current == null
                || current.offline()
                || !Objects.equals(current.scan().serviceDate(), change.serviceDate())
                || !Objects.equals(current.scan().period(), change.period())) {
            return;
        }
        Cart cart = state.cart;
        String name = cart.item(change.menuItemId()).map(MenuItem::name).orElse(null);
        String nameEn = cart.item(change.menuItemId()).map(MenuItem::nameEn).orElse(null);
        if (cart.availability(change.menuItemId(), change.portionsLeft(), change.soldOut())) {
            state.message.set(new Words(
                    "您选的“" + name + "”刚刚卖完了，请选择其他菜",
                    "\"" + nameEn + "\" you chose has just sold out. Please choose another"));
            state.requote();
        }
    }

    /** The whole menu's portions at once (after a reconnect, when single changes may have been missed). */
    void availability(MenuAvailability availability) {
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
}
