package cn.xingfu.canteen.senior;

/** What a consent covers; each is a separate consent (单独同意, PIPL art. 29). */
public enum ConsentScope {
    /** Dietary needs and allergies (health data): dish warnings, texture, kitchen counts of special meals. */
    HEALTH_DIET("饮食禁忌与过敏信息", "dietary needs and allergies"),
    /** Hardship and disability statuses (低保, 特困, 失能 …) used to grant subsidies. */
    ELIGIBILITY_STATUS("低保、特困、失能等身份信息", "hardship and disability statuses"),
    /** Home address, phone and position used to deliver meals. */
    DELIVERY_ADDRESS("送餐地址、电话与定位", "delivery address, phone and position");

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
