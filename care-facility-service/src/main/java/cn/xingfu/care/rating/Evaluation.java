package cn.xingfu.care.rating;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The result of a self-assessment. {@code levelByScore} is what the scores reach in the table;
 * {@code levelAwarded} applies vetoes, eligibility and the first-application cap (0 = no level).
 * {@code gapToNext} is measured from {@code levelByScore}; null at the top of the table.
 */
public record Evaluation(
        int total,
        int levelByScore,
        int levelAwarded,
        boolean firstApplication,
        boolean capped,
        List<Reason> vetoes,
        List<Reason> eligibilityIssues,
        ThresholdTable.@Nullable Gap gapToNext,
        long tableId,
        String tableLabel,
        boolean demoTable) {

    /** A stable code with words for people. */
    public record Reason(String code, String messageZh, String messageEn) {}
}
