package cn.xingfu.care.caregiver;

import cn.xingfu.kernel.DomainException;
import java.util.Arrays;
import java.util.Comparator;

/**
 * The five levels of the 养老护理员 occupational skill standard (2019). The numbering is inverted: 一级 is the
 * highest. Comparisons use {@link #rank()}, never the numeral, so a 一级 never sorts below a 五级.
 */
public enum CaregiverLevel {
    LEVEL_5("五级", "初级工", "Level 5 (junior)", 1),
    LEVEL_4("四级", "中级工", "Level 4 (intermediate)", 2),
    LEVEL_3("三级", "高级工", "Level 3 (senior)", 3),
    LEVEL_2("二级", "技师", "Level 2 (technician)", 4),
    LEVEL_1("一级", "高级技师", "Level 1 (senior technician)", 5);

    /** Lowest rank first. */
    public static final Comparator<CaregiverLevel> BY_RANK = Comparator.comparingInt(CaregiverLevel::rank);

    private final String numeral;
    private final String title;
    private final String english;
    private final int rank;

    CaregiverLevel(String numeral, String title, String english, int rank) {
        this.numeral = numeral;
        this.title = title;
        this.english = english;
        this.rank = rank;
    }

    /** 1 = 五级(初级工) ... 5 = 一级(高级技师). */
    public int rank() {
        return rank;
    }

    /** e.g. "一级(高级技师)". */
    public String chinese() {
        return numeral + "(" + title + ")";
    }

    public String english() {
        return english;
    }

    public boolean isAtLeast(CaregiverLevel other) {
        return rank >= other.rank;
    }

    public static CaregiverLevel ofRank(int rank) {
        return Arrays.stream(values())
                .filter(level -> level.rank == rank)
                .findFirst()
                .orElseThrow(() -> DomainException.invalid(
                        "CAREGIVER_LEVEL_INVALID", "护理员等级必须是 1 到 5", "A caregiver level rank is 1 to 5"));
    }
}
