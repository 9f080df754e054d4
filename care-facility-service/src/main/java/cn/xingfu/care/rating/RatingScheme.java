package cn.xingfu.care.rating;

/** An institution may hold a level in each scheme at the same time (重庆市第一社会福利院: 五星 and 五叶). */
public enum RatingScheme {
    /** 星级, national GB/T 37276-2018. */
    STAR("星", "star"),
    /** 叶级, Chongqing's local standard. */
    LEAF("叶", "leaf"),
    /** Any other local scheme. */
    LOCAL("级", "level");

    private final String chinese;
    private final String english;

    RatingScheme(String chinese, String english) {
        this.chinese = chinese;
        this.english = english;
    }

    /** e.g. "五星". */
    public String chineseLabel(int level) {
        return "一二三四五".charAt(level - 1) + chinese;
    }

    /** e.g. "5-star". */
    public String englishLabel(int level) {
        return level + "-" + english;
    }
}
