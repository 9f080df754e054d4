package cn.xingfu.care.resident;

/**
 * What a resident's consent covers; each is a separate consent (单独同意, PIPL art. 29), asked for and withdrawn on
 * its own.
 */
public enum ConsentScope {
    /**
     * The health record kept by the facility: health notes, diagnoses, ability assessments, cognitive screenings and
     * care events (falls, choking, changes of condition, with their notes).
     */
    HEALTH_RECORD(
            "健康档案（健康备注、诊断、能力评估、认知筛查、照护事件）", "health record (notes, diagnoses, assessments, screenings, care events)"),
    /** Records of home visits to a home-care bed: the services given at home and the visitor's notes. */
    HOME_VISIT("家庭养老床位上门服务记录", "home-visit records of a home-care bed");

    private final String zh;
    private final String en;

    ConsentScope(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }
}
