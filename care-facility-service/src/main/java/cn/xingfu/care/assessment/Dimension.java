package cn.xingfu.care.assessment;

/** The four dimensions of GB/T 42195-2022 Annex B with their maxima. */
public enum Dimension {
    SELF_CARE("自理能力", 32),
    BASIC_MOBILITY("基础运动能力", 15),
    MENTAL_STATE("精神状态", 28),
    PERCEPTION_AND_SOCIAL("感知觉与社会参与", 15);

    private final String nameZh;
    private final int max;

    Dimension(String nameZh, int max) {
        this.nameZh = nameZh;
        this.max = max;
    }

    public String nameZh() {
        return nameZh;
    }

    public int max() {
        return max;
    }
}
