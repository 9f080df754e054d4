package cn.xingfu.care.assessment;

/**
 * The C4 facts that change the grade: a dementia diagnosis (F00-F03), another mental disorder (F04-F99)
 * diagnosed by a psychiatrist, the number of care-risk events in the last 30 days, and coma.
 */
public record AdjustmentFacts(boolean dementia, boolean otherMentalDisorder, int riskEventsInWindow, boolean coma) {

    public static final AdjustmentFacts NONE = new AdjustmentFacts(false, false, 0, false);
}
