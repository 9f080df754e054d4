package cn.xingfu.care.alert;

/** What an alert is about. */
public enum AlertKind {
    /** A dementia-unit shift breaks the caregiver : resident ratio or has no night caregiver. */
    STAFFING,
    /** A resident flagged at risk of wandering off passed an exit or door. */
    WANDERING_EXIT
}
