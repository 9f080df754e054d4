package cn.xingfu.care.safety;

/** The outcome of assessing one risk; {@link #UNASSESSED} is never stored, it is the open task. */
public enum RiskLevel {
    /** Not assessed yet: an open task for the care manager. */
    UNASSESSED,
    /** 低风险: no protective measures required. */
    LOW,
    /** 需防护: protective measures must be written down. */
    NEEDS_PROTECTION,
    /** 高风险: protective measures must be written down. */
    HIGH;

    public boolean needsMeasures() {
        return this == NEEDS_PROTECTION || this == HIGH;
    }
}
