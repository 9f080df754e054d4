package cn.xingfu.care.resident;

/** The life of one stay. */
public enum AdmissionStatus {
    REQUESTED,
    APPROVED,
    REJECTED,
    ADMITTED,
    ON_LEAVE,
    DISCHARGED,
    CANCELLED;

    /** In the building (or holding its bed while on leave). */
    public boolean isInResidence() {
        return this == ADMITTED || this == ON_LEAVE;
    }

    public boolean isOpen() {
        return this == REQUESTED || this == APPROVED || isInResidence();
    }
}
