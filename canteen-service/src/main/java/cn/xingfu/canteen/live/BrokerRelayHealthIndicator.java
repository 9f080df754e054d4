package cn.xingfu.canteen.live;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.messaging.simp.broker.BrokerAvailabilityEvent;
import org.springframework.stereotype.Component;

/**
 * Health component {@code brokerRelay}: whether the relay's own ("system") connection to RabbitMQ is up, as Spring
 * announces it with {@link BrokerAvailabilityEvent}s. Until the first connection it is DOWN too.
 *
 * <p>DOWN turns {@code /actuator/health} DOWN, but not readiness ({@code /actuator/health/readiness}, what the load
 * balancer asks): orders never wait for the broker, and every instance shares the same RabbitMQ, so taking the
 * instances out would stop the orders and bring the push back no sooner. Nor liveness: a restart would not help,
 * the relay reconnects by itself every 5 s.
 */
@Component
@ConditionalOnProperty(name = "xingfu.live.relay.enabled", havingValue = "true")
class BrokerRelayHealthIndicator implements HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(BrokerRelayHealthIndicator.class);

    /** The state of the link, and when it last changed. */
    private record Link(boolean up, Instant since, int outages) {}

    private final String broker;
    private final Clock clock;
    private final AtomicReference<Link> link;
    private volatile boolean closing;

    BrokerRelayHealthIndicator(LiveSettings settings, Clock clock) {
        this.broker = settings.relay().host() + ":" + settings.relay().port();
        this.clock = clock;
        this.link = new AtomicReference<>(new Link(false, clock.instant(), 0));
    }

    @EventListener
    void on(BrokerAvailabilityEvent event) {
        boolean up = event.isBrokerAvailable();
        Instant now = clock.instant();
        Link before = link.getAndUpdate(l -> l.up() == up ? l : new Link(up, now, up ? l.outages() : l.outages() + 1));
        if (before.up() == up || closing) {
            return;
        }
        if (up) {
            log.info(
                    "Live push relay connected to RabbitMQ at {} (after {} s without)",
                    broker,
                    Duration.between(before.since(), now).toSeconds());
        } else {
            log.warn(
                    "Live push relay lost RabbitMQ at {}: pushes pause, orders go on, screens catch up over REST"
                            + " once they reconnect; retrying every 5 s",
                    broker);
        }
    }

    /** The relay says goodbye to RabbitMQ when the service stops: not an outage. */
    @EventListener
    void on(ContextClosedEvent closed) {
        closing = true;
    }

    @Override
    public Health health() {
        Link now = link.get();
        Health.Builder health = now.up() ? Health.up() : Health.down();
        health.withDetail("broker", broker).withDetail("since", now.since().toString());
        health.withDetail("outages", now.outages());
        if (!now.up()) {
            health.withDetail("effect", "pushes paused; orders are still taken; screens catch up over REST");
        }
        return health.build();
    }
}
