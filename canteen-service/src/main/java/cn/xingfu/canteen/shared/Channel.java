package cn.xingfu.canteen.shared;

/** How a senior receives the meal. */
public enum Channel {
    /** 堂食: eaten in the dining room, collected at the counter. */
    DINE_IN("堂食", "Dine-in"),
    /** 自取: collected at the counter and taken home. */
    TAKEAWAY("自取", "Takeaway"),
    /** 送餐上门: carried to the senior's home by a volunteer. */
    DELIVERY("送餐", "Delivery");

    private final String zh;
    private final String en;

    Channel(String zh, String en) {
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
