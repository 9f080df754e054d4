package cn.xingfu.care.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An assessment. Item scores, dimensions and adjustment reasons are health data and are present only for
 * care managers of the facility. GB/T fields are null for MZ/T 039-2013 records, which keep their own grade.
 */
public record AssessmentView(
        long id,
        long residentId,
        long facilityId,
        LocalDate assessedOn,
        AssessmentReason reason,
        StandardVersion standardVersion,
        String firstAssessor,
        String secondAssessor,
        @Nullable Map<AbilityItem, Integer> scores,
        @Nullable Map<Dimension, Integer> dimensions,
        @Nullable Integer total,
        @Nullable AbilityGrade initialGrade,
        @Nullable AbilityGrade finalGrade,
        @Nullable List<Adjustment> adjustments,
        @Nullable Integer legacyGrade,
        @Nullable Integer legacyTotal,
        @Nullable LocalDate nextDueOn) {}
