package cn.xingfu.care.assessment;

/** The 26 items of GB/T 42195-2022 Annex B; every score runs from 0 (fully dependent) to {@link #max()}. */
public enum AbilityItem {
    EATING(Dimension.SELF_CARE, "进食", 4),
    GROOMING(Dimension.SELF_CARE, "修饰", 4),
    BATHING(Dimension.SELF_CARE, "洗澡", 4),
    DRESSING_UPPER(Dimension.SELF_CARE, "穿/脱上衣", 4),
    DRESSING_LOWER(Dimension.SELF_CARE, "穿/脱裤子和鞋袜", 4),
    URINE_CONTROL(Dimension.SELF_CARE, "小便控制", 4),
    BOWEL_CONTROL(Dimension.SELF_CARE, "大便控制", 4),
    TOILETING(Dimension.SELF_CARE, "如厕", 4),
    BED_POSITIONING(Dimension.BASIC_MOBILITY, "床上体位转移", 4),
    BED_CHAIR_TRANSFER(Dimension.BASIC_MOBILITY, "床椅转移", 4),
    WALKING(Dimension.BASIC_MOBILITY, "平地行走", 4),
    STAIRS(Dimension.BASIC_MOBILITY, "上下楼梯", 3),
    TIME_ORIENTATION(Dimension.MENTAL_STATE, "时间定向", 4),
    SPACE_ORIENTATION(Dimension.MENTAL_STATE, "空间定向", 4),
    PERSON_ORIENTATION(Dimension.MENTAL_STATE, "人物定向", 4),
    MEMORY(Dimension.MENTAL_STATE, "记忆", 4),
    UNDERSTANDING(Dimension.MENTAL_STATE, "理解能力", 4),
    EXPRESSION(Dimension.MENTAL_STATE, "表达能力", 4),
    AGGRESSION(Dimension.MENTAL_STATE, "攻击行为", 1),
    DEPRESSION(Dimension.MENTAL_STATE, "抑郁症状", 1),
    CONSCIOUSNESS(Dimension.MENTAL_STATE, "意识水平", 2),
    VISION(Dimension.PERCEPTION_AND_SOCIAL, "视力", 2),
    HEARING(Dimension.PERCEPTION_AND_SOCIAL, "听力", 2),
    DAILY_AFFAIRS(Dimension.PERCEPTION_AND_SOCIAL, "执行日常事务", 4),
    TRANSPORT(Dimension.PERCEPTION_AND_SOCIAL, "使用交通工具外出", 3),
    SOCIAL_INTERACTION(Dimension.PERCEPTION_AND_SOCIAL, "社会交往能力", 4);

    private final Dimension dimension;
    private final String nameZh;
    private final int max;

    AbilityItem(Dimension dimension, String nameZh, int max) {
        this.dimension = dimension;
        this.nameZh = nameZh;
        this.max = max;
    }

    public Dimension dimension() {
        return dimension;
    }

    public String nameZh() {
        return nameZh;
    }

    public int max() {
        return max;
    }
}
