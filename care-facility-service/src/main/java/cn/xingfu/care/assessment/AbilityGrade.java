package cn.xingfu.care.assessment;

/** GB/T 42195-2022 grades, code 0 (intact) to 4 (total loss); a higher code is worse. */
public enum AbilityGrade {
    INTACT(0, "能力完好", "Ability intact"),
    MILD(1, "能力轻度受损（轻度失能）", "Mild loss"),
    MODERATE(2, "能力中度受损（中度失能）", "Moderate loss"),
    SEVERE(3, "能力重度受损（重度失能）", "Severe loss"),
    TOTAL_LOSS(4, "能力完全丧失（完全失能）", "Total loss");

    private final int code;
    private final String nameZh;
    private final String nameEn;

    AbilityGrade(int code, String nameZh, String nameEn) {
        this.code = code;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    /** Initial grade from the total: 90 / 66-89 / 46-65 / 30-45 / 0-29. */
    public static AbilityGrade fromTotal(int total) {
        if (total < 0 || total > 90) {
            throw new IllegalArgumentException("total must be 0..90: " + total);
        }
        if (total == 90) {
            return INTACT;
        }
        if (total >= 66) {
            return MILD;
        }
        if (total >= 46) {
            return MODERATE;
        }
        if (total >= 30) {
            return SEVERE;
        }
        return TOTAL_LOSS;
    }

    /** {@code levels} worse, never beyond total loss. */
    public AbilityGrade raisedBy(int levels) {
        return values()[Math.min(TOTAL_LOSS.code, code + levels)];
    }

    /** At least as impaired as {@code other}. */
    public boolean atLeast(AbilityGrade other) {
        return code >= other.code;
    }

    public int code() {
        return code;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }
}
