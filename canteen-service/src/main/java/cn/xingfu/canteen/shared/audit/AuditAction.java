package cn.xingfu.canteen.shared.audit;

/** What was done to the subject. */
public enum AuditAction {
    /** Sensitive data was shown to someone. */
    READ,
    /** Something was recorded for the first time. */
    CREATE,
    /** A value changed from {@code oldValue} to {@code newValue}. */
    CHANGE,
    /** Something was refused, withdrawn or locked (consent withdrawn, account locked). */
    REVOKE
}
