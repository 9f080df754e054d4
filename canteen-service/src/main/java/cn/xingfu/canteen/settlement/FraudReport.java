package cn.xingfu.canteen.settlement;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The anti-fraud report of a canteen's month, read before it is submitted: each rule with its own findings. */
public record FraudReport(long canteenId, String month, List<RuleResult> rules) {

    /** One rule: what it looks for and what it found (an empty list = nothing suspicious). */
    public record RuleResult(String code, String titleZh, String titleEn, List<Finding> findings) {}

    /**
     * One finding: who and when, the orders or scans involved, and the reason in words a reviewer can act on.
     * {@code seniorId} is null for findings about an operator, a kiosk or the canteen as a whole.
     */
    public record Finding(
            @Nullable Long seniorId,
            @Nullable String seniorMaskedName,
            @Nullable LocalDate serviceDate,
            @Nullable String mealPeriod,
            String subject,
            List<Long> orderIds,
            String detailZh,
            String detailEn) {}
}
