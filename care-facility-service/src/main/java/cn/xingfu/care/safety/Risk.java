package cn.xingfu.care.safety;

/** The nine risks of GB 38600-2019 chapter 6 ("九防"), each assessed for every resident. */
public enum Risk {
    CHOKING("噎食", "choking"),
    WRONG_INTAKE("食品药品误食", "swallowing wrong food or medicine"),
    PRESSURE_SORE("压疮", "pressure sores"),
    SCALD("烫伤", "scalds"),
    FALL_FROM_BED("坠床", "falling out of bed"),
    FALL("跌倒", "falls"),
    WANDERING("走失", "wandering off"),
    HARM("他伤和自伤", "harm by others, self-harm"),
    ACTIVITY_ACCIDENT("文体活动意外", "accidents in recreational activities");

    private final String nameZh;
    private final String nameEn;

    Risk(String nameZh, String nameEn) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }
}
