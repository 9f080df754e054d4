package cn.xingfu.kernel;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;

/**
 * Application-assigned ids so Hibernate can batch inserts (IDENTITY ids cannot be batched).
 *
 * <p>Layout, 53 bits so browsers read them as exact JavaScript numbers: 32 bits of seconds since
 * 2026-01-01, 6 bits of instance number, 15 bits of sequence. When one second's sequence is used up
 * the generator borrows the next second instead of waiting, so bursts never block.
 */
public final class Ids {

    private static final long EPOCH_SECOND =
            Instant.parse("2026-01-01T00:00:00Z").getEpochSecond();
    private static final int INSTANCE_BITS = 6;
    private static final int SEQUENCE_BITS = 15;
    private static final long MAX_SEQUENCE = (1L << SEQUENCE_BITS) - 1;

    private static final Ids DEFAULT = new Ids(instanceFromEnvironment(), Clock.systemUTC());

    private final long instance;
    private final Clock clock;
    private long second = -1;
    private long sequence;

    Ids(long instance, Clock clock) {
        if (instance < 0 || instance >= (1L << INSTANCE_BITS)) {
            throw new IllegalArgumentException("instance must be 0.." + ((1L << INSTANCE_BITS) - 1));
        }
        this.instance = instance;
        this.clock = clock;
    }

    /** A new id, unique across instances that were given distinct {@code XINGFU_INSTANCE} numbers. */
    public static long next() {
        return DEFAULT.nextId();
    }

    synchronized long nextId() {
        long now = clock.instant().getEpochSecond() - EPOCH_SECOND;
        if (now > second) {
            second = now;
            sequence = 0;
        } else if (++sequence > MAX_SEQUENCE) {
            second++;
            sequence = 0;
        }
        return (second << (INSTANCE_BITS + SEQUENCE_BITS)) | (instance << SEQUENCE_BITS) | sequence;
    }

    private static long instanceFromEnvironment() {
        String configured = System.getenv("XINGFU_INSTANCE");
        if (configured != null && !configured.isBlank()) {
            return Long.parseLong(configured.trim());
        }
        // a random instance number keeps two unconfigured instances apart with high probability
        return new SecureRandom().nextInt(1 << INSTANCE_BITS);
    }
}
