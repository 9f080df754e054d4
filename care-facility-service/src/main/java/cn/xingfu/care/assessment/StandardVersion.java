package cn.xingfu.care.assessment;

/** The standard an assessment was made under. Results of different standards are never converted. */
public enum StandardVersion {
    GB_T_42195_2022,
    /** The old scale (Barthel-based, grades 0-3); kept as recorded for history only. */
    MZ_T_039_2013
}
