package cn.xingfu.canteen.standing;

import cn.xingfu.canteen.shared.MealPeriod;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One slot of a standing order (a senior's meal on a date) and what generating it did: PENDING while an order is
 * being placed, PLACED with the order, FAILED with the refusal (sold out, wallet empty, senior inactive, no suitable
 * dish …) in both languages, so staff can call the senior. A failure is retried on each pass until the cut-off.
 */
public record RunView(
        long runId,
        long standingOrderId,
        long seniorId,
        long canteenId,
        LocalDate serviceDate,
        MealPeriod period,
        String outcome,
        @Nullable Long orderId,
        @Nullable String code,
        @Nullable String messageZh,
        @Nullable String messageEn,
        int attempts,
        Instant lastAttemptAt) {

    public boolean failed() {
        return "FAILED".equals(outcome);
    }
}
