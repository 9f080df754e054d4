package cn.xingfu.canteen.live;

import cn.xingfu.canteen.delivery.AlertView;
import cn.xingfu.canteen.delivery.WelfareAlertRaised;
import cn.xingfu.canteen.delivery.WelfareAlertResolved;
import cn.xingfu.canteen.delivery.WelfareDesk;
import org.springframework.messaging.simp.SimpMessageSendingOperations;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the staff pages of a canteen about its welfare alerts after the transaction that raised or resolved one
 * committed (a rolled-back change pushes nothing). Like the order push, the alert is read fresh rather than built
 * from the event, so a late or re-delivered event never shows an alert that has been resolved since.
 */
@Component
class WelfareAlertBroadcast {

    private final WelfareDesk welfare;
    private final SimpMessageSendingOperations messaging;

    WelfareAlertBroadcast(WelfareDesk welfare, SimpMessageSendingOperations messaging) {
        this.welfare = welfare;
        this.messaging = messaging;
    }

    @ApplicationModuleListener
    void on(WelfareAlertRaised raised) {
        AlertView alert = welfare.snapshot(raised.alertId());
        if (!"OPEN".equals(alert.status())) {
            // resolved before this ran: the resolution's own push takes it off the pages
            return;
        }
        messaging.convertAndSend(LiveDestinations.canteenAlerts(alert.canteenId()), AlertUpdate.raised(alert));
    }

    @ApplicationModuleListener
    void on(WelfareAlertResolved resolved) {
        messaging.convertAndSend(
                LiveDestinations.canteenAlerts(resolved.canteenId()),
                AlertUpdate.resolved(resolved.alertId(), resolved.canteenId(), resolved.resolvedAt()));
    }
}
