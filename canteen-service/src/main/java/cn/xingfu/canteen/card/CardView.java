package cn.xingfu.canteen.card;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A card as managers see it. {@code token} is the QR content (only for current cards) and {@code manualCode}
 * the 8 characters printed for typing in; both identify the senior, so only managers get this view.
 */
public record CardView(
        long id,
        long seniorId,
        int version,
        CardStatus status,
        String manualCode,
        String printedManualCode,
        Set<Long> extraCanteenIds,
        Instant issuedAt,
        @Nullable String statusReason,
        @Nullable Long supersededBy,
        @Nullable String token) {}
