package cn.xingfu.canteen.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.messaging.simp.broker.BrokerAvailabilityEvent;
import org.springframework.util.unit.DataSize;

class BrokerRelayHealthIndicatorTests {

    private static final Instant START = Instant.parse("2026-12-03T03:00:00Z");

    private final MovableClock clock = new MovableClock();
    private final BrokerRelayHealthIndicator indicator =
            new BrokerRelayHealthIndicator(relayAt("mq.local", 61613), clock);

    @Test
    void isDownUntilTheRelayFirstConnectsWithoutCountingThatAsAnOutage() {
        Health health = indicator.health();

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails())
                .containsEntry("broker", "mq.local:61613")
                .containsEntry("outages", 0)
                .containsEntry("since", START.toString());
    }

    @Test
    void followsTheBrokersAvailabilityAndCountsOutages() {
        clock.advance(Duration.ofSeconds(2));
        indicator.on(available(true));
        assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
        assertThat(indicator.health().getDetails()).doesNotContainKey("effect");

        clock.advance(Duration.ofMinutes(5));
        indicator.on(available(false));
        Health down = indicator.health();
        assertThat(down.getStatus()).isEqualTo(Status.DOWN);
        assertThat(down.getDetails())
                .containsEntry("outages", 1)
                .containsEntry("since", START.plusSeconds(302).toString())
                .containsKey("effect");

        // Spring repeats nothing, but a second "unavailable" must neither move the date nor count twice
        clock.advance(Duration.ofSeconds(5));
        indicator.on(available(false));
        assertThat(indicator.health().getDetails())
                .containsEntry("outages", 1)
                .containsEntry("since", START.plusSeconds(302).toString());

        indicator.on(available(true));
        assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
        assertThat(indicator.health().getDetails()).containsEntry("outages", 1);
    }

    private BrokerAvailabilityEvent available(boolean up) {
        return new BrokerAvailabilityEvent(up, this);
    }

    private static LiveSettings relayAt(String host, int port) {
        return new LiveSettings(
                new LiveSettings.Relay(true, host, port, "guest", "guest", "/", Duration.ofSeconds(10), 5000),
                new LiveSettings.Kitchen(Duration.ofMinutes(15), Duration.ofMinutes(25)),
                Duration.ofSeconds(25),
                4,
                new LiveSettings.Buffers(
                        DataSize.ofKilobytes(2),
                        DataSize.ofKilobytes(2),
                        DataSize.ofKilobytes(1),
                        DataSize.ofKilobytes(8)));
    }

    /** A clock the test moves by hand. */
    private static final class MovableClock extends Clock {

        private Instant now = START;

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
