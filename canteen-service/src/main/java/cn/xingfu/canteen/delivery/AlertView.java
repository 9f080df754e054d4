package cn.xingfu.canteen.delivery;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A welfare alert as canteen staff see it: who to check on, where, and whom to call. */
public record AlertView(
        long alertId,
        long canteenId,
        long seniorId,
        String seniorName,
        String address,
        long orderId,
        AlertReason reason,
        String reasonZh,
        String reasonEn,
        @Nullable String detail,
        String followUp,
        String status,
        Instant raisedAt,
        String raisedBy,
        @Nullable Instant resolvedAt,
        @Nullable String resolvedBy,
        @Nullable String resolution) {}
