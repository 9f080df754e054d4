package cn.xingfu.canteen.wallet;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A ledger line as callers see it. */
public record WalletEntryView(
        long entryId,
        long seniorId,
        EntryKind kind,
        BigDecimal amount,
        BigDecimal balanceAfter,
        @Nullable Long orderId,
        String recordedBy,
        @Nullable String note,
        Instant createdAt) {}
