package cn.xingfu.canteen.delivery;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A welfare alert as canteen staff see it: who to check on, where, and whom to call. The live module pushes the same
 * view to the canteen's staff pages, so the list and the push never show different personal data.
 *
 * @param stopSequence the stop's place in its round (1 = first door), so staff can tell the volunteer which stop
 */
public record AlertView(
        long alertId,
        long canteenId,
        long seniorId,
        String seniorName,
        String address,
        long orderId,
        long stopId,
        @Nullable Long roundId,
        int stopSequence,
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
