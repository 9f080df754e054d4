package cn.xingfu.care.resident;

public enum AdmissionEventType {
    REQUESTED,
    APPROVED,
    REJECTED,
    BED_RESERVED,
    ADMITTED,
    TRANSFERRED,
    LEAVE_STARTED,
    LEAVE_ENDED,
    DISCHARGED,
    CANCELLED
}
