package cn.xingfu.care.bed;

/** What a bed is for. */
public enum BedType {
    /** An ordinary institutional bed. */
    STANDARD,
    /** A bed of a 认知障碍照护 (dementia) unit: admission needs a diagnosis or screening. */
    COGNITIVE_CARE,
    /** 家庭养老床位: a virtual bed at the senior's home, run through a service agreement, devices and visits. */
    HOME_CARE
}
