package cn.xingfu.care.dementia;

import java.time.LocalDate;

/** A screening result; {@code positive} = at or below the cut-off for the education band on that date. */
public record ScreeningView(
        long id,
        long residentId,
        ScreeningTool tool,
        int score,
        EducationLevel education,
        LocalDate screenedOn,
        String screenedBy,
        boolean doctorConfirmed,
        boolean positive) {}
