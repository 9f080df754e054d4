package cn.xingfu.care.caregiver;

/** The three shifts of a 24-hour duty day (养老机构管理办法 art. 28). */
public enum Shift {
    DAY,
    EVENING,
    NIGHT
}
