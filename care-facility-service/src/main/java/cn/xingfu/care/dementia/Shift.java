package cn.xingfu.care.dementia;

public enum Shift {
    DAY,
    EVENING,
    NIGHT
}
