package cn.xingfu.care.assessment;

/** 评估原因 (GB/T 42195-2022). */
public enum AssessmentReason {
    /** 首次评估 */
    FIRST,
    /** 常规评估 */
    ROUTINE,
    /** 即时评估 (condition change) */
    IMMEDIATE,
    /** 因对评估结果有疑问进行的复评 */
    CHALLENGE,
    /** 其他 */
    OTHER
}
