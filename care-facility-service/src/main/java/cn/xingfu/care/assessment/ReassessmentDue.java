package cn.xingfu.care.assessment;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A resident whose (re)assessment is due, and why. */
public record ReassessmentDue(
        long residentId,
        String residentName,
        @Nullable LocalDate lastAssessedOn,
        @Nullable AbilityGrade lastGrade,
        LocalDate dueOn,
        Cause cause,
        boolean overdue) {

    public enum Cause {
        /** No GB/T 42195-2022 assessment yet (MZ/T 039-2013 results do not count). */
        NEVER_ASSESSED,
        /** The configured interval has passed. */
        INTERVAL,
        /** A risk event or condition change after the last assessment. */
        EVENT
    }
}
