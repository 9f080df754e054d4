package cn.xingfu.care.assessment;

import java.util.List;
import java.util.Map;

/** Dimension sums, total, initial grade, the adjustments made and the final grade. */
public record GradingResult(
        Map<Dimension, Integer> dimensions,
        int total,
        AbilityGrade initialGrade,
        List<Adjustment> adjustments,
        AbilityGrade finalGrade) {}
