package cn.xingfu.care.rating;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One rating decision of the history. */
public record FacilityRatingView(
        long id,
        long facilityId,
        RatingScheme scheme,
        int level,
        String label,
        String issuer,
        LocalDate decisionDate,
        @Nullable LocalDate validUntil,
        String basisStandard,
        String recordedBy,
        Instant recordedAt) {}
