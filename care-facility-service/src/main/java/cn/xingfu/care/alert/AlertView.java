package cn.xingfu.care.alert;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An alert as shown to care managers; open while {@code resolvedAt} and {@code acknowledgedAt} are null. */
public record AlertView(
        long id,
        long facilityId,
        AlertKind kind,
        String subject,
        String messageZh,
        String messageEn,
        Instant raisedAt,
        @Nullable Instant resolvedAt,
        @Nullable Instant acknowledgedAt,
        @Nullable String acknowledgedBy,
        boolean open) {}
