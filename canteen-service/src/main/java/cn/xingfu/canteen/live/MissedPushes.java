package cn.xingfu.canteen.live;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.event.EventListener;
import org.springframework.messaging.simp.broker.BrokerAvailabilityEvent;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;

/**
 * Sends again, once the relay is connected to RabbitMQ, the menu and welfare-alert pushes that failed while it was
 * not. Those listeners are {@code @ApplicationModuleListener}s: a push to an unavailable broker throws, so its event
 * publication stays in the registry as failed. Screens catch up over REST after a reconnect anyway; this reaches the
 * sessions that never lost their own connection (a RabbitMQ cluster in which only the node of this instance's system
 * connection went away) and empties the registry without waiting for the next restart. Only this module's listeners
 * are resubmitted: another module's failures are not ours to retry. Order pushes keep no registry row, and
 * {@link LiveOrderUpdates} resends them from memory ({@link MissedOrderPushes}).
 */
@Component
@ConditionalOnProperty(name = "xingfu.live.relay.enabled", havingValue = "true")
class MissedPushes {

    private static final Logger log = LoggerFactory.getLogger(MissedPushes.class);
    private static final String LIVE_LISTENERS = MissedPushes.class.getPackageName() + ".";

    private final FailedEventPublications failed;

    MissedPushes(FailedEventPublications failed) {
        this.failed = failed;
    }

    /** Off the relay's network thread, which announced the connection and must not wait for the database. */
    @Async
    @EventListener
    void on(BrokerAvailabilityEvent event) {
        if (!event.isBrokerAvailable()) {
            return;
        }
        try {
            failed.resubmit(ResubmissionOptions.defaults().withFilter(MissedPushes::isLivePush));
        } catch (RuntimeException e) {
            // the database may be away too; the publications stay failed and the next restart republishes them
            log.warn("Could not resend the pushes that failed while RabbitMQ was away: {}", e.toString());
        }
    }

    static boolean isLivePush(EventPublication publication) {
        return publication instanceof TargetEventPublication target
                && target.getTargetIdentifier().getValue().startsWith(LIVE_LISTENERS);
    }
}
