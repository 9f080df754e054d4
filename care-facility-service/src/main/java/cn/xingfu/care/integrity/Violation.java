package cn.xingfu.care.integrity;

import java.util.Map;

/**
 * One broken invariant.
 *
 * @param rule what was broken
 * @param subject the row it was found on, for example {@code bed:123} or {@code resident:456}
 * @param details the rows and dates that collide
 */
public record Violation(Rule rule, String subject, Map<String, Object> details) {

    public Violation {
        details = Map.copyOf(details);
    }

    /** The invariants of the care service. */
    public enum Rule {
        /** Two stays in one bed overlap in time. */
        BED_DOUBLE_OCCUPIED,
        /** One resident's stays in two beds overlap in time. */
        RESIDENT_IN_TWO_BEDS,
        /** Two admitted (or on-leave) admissions hold the same bed. */
        BED_SHARED_BY_ADMISSIONS,
        /** A bed with a current occupant is marked vacant or out of service. */
        OCCUPIED_BED_MARKED_FREE
    }
}
