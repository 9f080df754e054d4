package cn.xingfu.care.safety;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A recorded exit/door event; {@code alertId} is set when it alerted the care manager. */
public record ExitEventView(
        long id,
        long facilityId,
        long residentId,
        String door,
        Instant occurredAt,
        boolean atRiskOfWandering,
        @Nullable Long alertId) {}
