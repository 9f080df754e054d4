package cn.xingfu.canteen.live;

import cn.xingfu.canteen.menu.DishAvailabilityChanged;
import java.time.Clock;
import org.springframework.messaging.simp.SimpMessageSendingOperations;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Tells the kiosks and staff of a canteen, after commit, that a dish sold out or came back. */
@Component
class LiveMenuUpdates {

    private final SimpMessageSendingOperations messaging;
    private final Clock clock;

    LiveMenuUpdates(SimpMessageSendingOperations messaging, Clock clock) {
        this.messaging = messaging;
        this.clock = clock;
    }

    @ApplicationModuleListener
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
