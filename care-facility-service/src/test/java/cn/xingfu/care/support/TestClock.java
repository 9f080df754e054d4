package cn.xingfu.care.support;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * The application's clock in care tests: the real time unless a test pins it (to judge a rule exactly at
 * its edge, e.g. 24 h after a device's last heartbeat). Tests that pin it must {@link #reset()} it afterwards.
 */
public class TestClock extends Clock {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private final AtomicReference<@Nullable Instant> pinned = new AtomicReference<>();

    public void pin(Instant instant) {
        pinned.set(instant);
    }

    /** Pins the clock to a Beijing wall-clock time. */
    public void pin(LocalDate date, LocalTime time) {
        pin(date.atTime(time).atZone(CHINA).toInstant());
    }

    public void reset() {
        pinned.set(null);
    }

    public LocalDate today() {
        return LocalDate.now(this);
    }

    @Override
    public ZoneId getZone() {
        return CHINA;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        Instant fixed = pinned.get();
        return fixed != null ? fixed : Instant.now();
    }
}
