package cn.xingfu.canteen.settlement;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A canteen's month: status and progress of the background run, totals, and the claim per funder and per tier.
 * {@code reconciled} says the lines' subsidy equals the sum of the schemes' shares to the cent.
 */
public record SettlementView(
        long id,
        long canteenId,
        String canteenName,
        String districtCode,
        String month,
        SettlementStatus status,
        String statusZh,
        String statusEn,
        int stepsDone,
        int stepsTotal,
        int lines,
        int adjustmentLines,
        BigDecimal grossTotal,
        BigDecimal discountTotal,
        BigDecimal subsidyTotal,
        BigDecimal selfPayTotal,
        boolean reconciled,
        List<FunderTotal> byFunder,
        List<TierTotal> byTier,
        @Nullable Instant runStartedAt,
        @Nullable Instant runFinishedAt,
        @Nullable String runError,
        @Nullable Instant submittedAt,
        @Nullable String submittedBy) {

    /** What one funder is asked to pay: meals it subsidised (adjustments count negative) and the amount. */
    public record FunderTotal(String funder, int meals, BigDecimal amount) {}

    /** The same per funder, scheme and tier. */
    public record TierTotal(String funder, String schemeCode, String tierCode, int meals, BigDecimal amount) {}
}
