package cn.xingfu.care.assessment;

/** Events that make a reassessment due at once; all but CONDITION_CHANGE are care-risk events. */
public enum CareEventType {
    FALL,
    CHOKING,
    SELF_HARM,
    WANDERING,
    OTHER_RISK,
    CONDITION_CHANGE;

    public boolean isRisk() {
        return this != CONDITION_CHANGE;
    }
}
