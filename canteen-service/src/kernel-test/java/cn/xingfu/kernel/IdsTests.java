package cn.xingfu.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The id layout both services write into their tables: 32 bits of seconds, 6 of instance, 15 of sequence. */
class IdsTests {

    private static final Instant EPOCH = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void laysOutSecondsInstanceAndSequence() {
        Ids ids = new Ids(5, Clock.fixed(EPOCH.plusSeconds(1000), ZoneOffset.UTC));

        long first = ids.nextId();
        long second = ids.nextId();

        assertThat(first >>> 21).isEqualTo(1000);
        assertThat((first >>> 15) & 63).isEqualTo(5);
        assertThat(first & 0x7FFF).isZero();
        assertThat(second).isEqualTo(first + 1);
    }

    @Test
    void staysAnExactJavaScriptNumberForACentury() {
        Ids ids = new Ids(63, Clock.fixed(Instant.parse("2126-01-01T00:00:00Z"), ZoneOffset.UTC));

        assertThat(ids.nextId()).isLessThan(1L << 53);
    }

    @Test
    void borrowsTheNextSecondWhenASecondIsUsedUpInsteadOfRepeating() {
        Ids ids = new Ids(0, Clock.fixed(EPOCH.plusSeconds(7), ZoneOffset.UTC));
        Set<Long> seen = new HashSet<>();

        for (int i = 0; i < (1 << 15) + 3; i++) {
            assertThat(seen.add(ids.nextId())).isTrue();
        }

        long last = ids.nextId();
        assertThat(last >>> 21).isEqualTo(8);
        assertThat(last & 0x7FFF).isEqualTo(3);
    }

    @Test
    void neverGoesBackwardsWhenTheClockDoes() {
        MutableClock clock = new MutableClock(EPOCH.plusSeconds(100));
        Ids ids = new Ids(1, clock);
        long before = ids.nextId();

        clock.now = EPOCH.plusSeconds(40);

        assertThat(ids.nextId()).isGreaterThan(before);
    }

    @Test
    void instancesGiveDisjointIdsInTheSameSecond() {
        Clock clock = Clock.fixed(EPOCH.plusSeconds(9), ZoneOffset.UTC);

        assertThat(new Ids(1, clock).nextId()).isNotEqualTo(new Ids(2, clock).nextId());
    }

    @Test
    void refusesAnInstanceNumberOutsideSixBits() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Ids(64, Clock.systemUTC()));
        assertThatIllegalArgumentException().isThrownBy(() -> new Ids(-1, Clock.systemUTC()));
    }

    @Test
    void theSharedGeneratorIncreases() {
        long a = Ids.next();
        long b = Ids.next();

        assertThat(b).isGreaterThan(a);
    }

    private static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
