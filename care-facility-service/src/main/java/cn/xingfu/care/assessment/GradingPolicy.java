package cn.xingfu.care.assessment;

/**
 * The configurable parts of grading (dated settings): whether the diagnosis and risk-event raises stack
 * (+2 in total, capped) or count once, and how many risk events in the window raise the grade.
 */
public record GradingPolicy(boolean stackRaises, int riskEventThreshold) {

    public static final GradingPolicy DEFAULT = new GradingPolicy(true, 2);
}
