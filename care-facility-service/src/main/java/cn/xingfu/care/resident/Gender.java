package cn.xingfu.care.resident;

public enum Gender {
    MALE,
    FEMALE
}
