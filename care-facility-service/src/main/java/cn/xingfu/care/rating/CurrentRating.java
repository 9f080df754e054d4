package cn.xingfu.care.rating;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A facility's standing in one scheme on a date. The latest decision supersedes earlier ones; if it has
 * expired the facility is unrated ({@code level} null, {@code expired} true), even if an older one has not.
 */
public record CurrentRating(
        long facilityId,
        RatingScheme scheme,
        @Nullable Integer level,
        String labelZh,
        String labelEn,
        @Nullable LocalDate decisionDate,
        @Nullable LocalDate validUntil,
        boolean expired,
        @Nullable Long daysToExpiry) {}
