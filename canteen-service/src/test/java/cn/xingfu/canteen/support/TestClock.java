package cn.xingfu.canteen.support;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * The application's clock in tests: the real time unless a test pins it (for example to 09:00 Beijing
 * time, before the lunch cut-off). Tests that pin it must {@link #reset()} it afterwards.
 */
public class TestClock extends Clock {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private final AtomicReference<@Nullable Instant> pinned = new AtomicReference<>();

    public void pin(Instant instant) {
        pinned.set(instant);
    }

    public void reset() {
        pinned.set(null);
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
