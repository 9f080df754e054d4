package cn.xingfu.care.dementia;

/** Cognitive screening scales, both 0-30 points. */
public enum ScreeningTool {
    MMSE,
    MOCA
}
