package cn.xingfu.canteen.shared;

/** The meals a canteen serves each day. */
public enum MealPeriod {
    /** 早餐 */
    BREAKFAST("早餐", "Breakfast"),
    /** 午餐 */
    LUNCH("午餐", "Lunch"),
    /** 晚餐 */
    DINNER("晚餐", "Dinner");

    private final String zh;
    private final String en;

    MealPeriod(String zh, String en) {
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
