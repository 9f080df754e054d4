package cn.xingfu.canteen.delivery.live;

import cn.xingfu.canteen.delivery.WelfareAlertRaised;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.messaging.simp.SimpMessageSendingOperations;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Pushes a new welfare alert to the canteen's staff pages at {@code /topic/canteens/{canteenId}/alerts}, after the
 * alert is committed. Without a STOMP broker (the live module not configured) it does nothing: the alerts page also
 * polls.
 */
@Component
class WelfareAlertPush {

    private final ObjectProvider<SimpMessageSendingOperations> messaging;

    WelfareAlertPush(ObjectProvider<SimpMessageSendingOperations> messaging) {
        this.messaging = messaging;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(WelfareAlertRaised raised) {
        messaging.ifAvailable(
                template -> template.convertAndSend("/topic/canteens/" + raised.canteenId() + "/alerts", raised));
    }
}
