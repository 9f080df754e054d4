package cn.xingfu.canteen.live;

import cn.xingfu.canteen.menu.DishAvailabilityChanged;
import java.time.Clock;
import org.springframework.messaging.simp.SimpMessageSendingOperations;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/** Tells the kiosks and staff of a canteen, after commit, that a dish sold out or came back. */
@Component
class LiveMenuUpdates {

    private final SimpMessageSendingOperations messaging;
    private final Clock clock;

    LiveMenuUpdates(SimpMessageSendingOperations messaging, Clock clock) {
        this.messaging = messaging;
        this.clock = clock;
    }

    /** No transaction: the message is built from the event alone, so one would only cost round trips. */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(DishAvailabilityChanged changed) {
        messaging.convertAndSend(
                LiveDestinations.canteenMenu(changed.canteenId()),
                new MenuAvailability(
                        changed.canteenId(),
                        changed.menuItemId(),
                        changed.serviceDate(),
                        changed.period(),
                        changed.portionsLeft(),
                        changed.soldOut(),
                        clock.instant()));
    }
}
