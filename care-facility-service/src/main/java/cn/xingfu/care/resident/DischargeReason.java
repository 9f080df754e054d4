package cn.xingfu.care.resident;

public enum DischargeReason {
    RETURNED_HOME,
    MOVED_TO_OTHER_INSTITUTION,
    HOSPITAL,
    DECEASED,
    OTHER
}
