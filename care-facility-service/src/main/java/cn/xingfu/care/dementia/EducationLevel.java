package cn.xingfu.care.dementia;

/** Education bands the screening cut-offs depend on. */
public enum EducationLevel {
    ILLITERATE,
    PRIMARY,
    SECONDARY_OR_ABOVE
}
