package cn.xingfu.care.rating;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A self-assessment with its evaluation. */
public record SelfAssessmentView(
        long id,
        long facilityId,
        RatingScheme scheme,
        LocalDate assessedOn,
        PartScores scores,
        Vetoes vetoes,
        @Nullable String note,
        String recordedBy,
        Evaluation evaluation) {}
