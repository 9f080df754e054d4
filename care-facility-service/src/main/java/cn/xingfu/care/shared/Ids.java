package cn.xingfu.care.shared;

import java.security.SecureRandom;
import java.time.Instant;

/**
 * Application-assigned ids, so Hibernate batches inserts (it cannot with IDENTITY columns).
 *
 * <p>53 bits, exact as JavaScript numbers: 32 bits of seconds since 2026-01-01, 6 bits of instance
 * ({@code XINGFU_INSTANCE}, random when unset) and a 15-bit counter. An exhausted second borrows the next
 * one rather than waiting.
 */
public final class Ids {

    private static final long EPOCH = Instant.parse("2026-01-01T00:00:00Z").getEpochSecond();
    private static final long INSTANCE = instance();
    private static long second = -1;
    private static long counter;

    private Ids() {}

    public static synchronized long next() {
        long now = Instant.now().getEpochSecond() - EPOCH;
        if (now > second) {
            second = now;
            counter = 0;
        } else if (++counter >= 1L << 15) {
            second++;
            counter = 0;
        }
        return second << 21 | INSTANCE << 15 | counter;
    }

    private static long instance() {
        String configured = System.getenv("XINGFU_INSTANCE");
        long value = configured == null || configured.isBlank()
                ? new SecureRandom().nextInt(64)
                : Long.parseLong(configured.trim());
        if (value < 0 || value > 63) {
            throw new IllegalStateException("XINGFU_INSTANCE must be 0..63");
        }
        return value;
    }
}
