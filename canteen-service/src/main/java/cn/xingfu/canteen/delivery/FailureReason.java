package cn.xingfu.canteen.delivery;

/** Why a meal could not be handed over. Some reasons are a welfare concern and raise an alert. */
public enum FailureReason {
    NOBODY_HOME("无人应门", "Nobody home", true),
    REFUSED("拒收", "Refused", false),
    SENIOR_UNWELL("老人身体不适", "Senior unwell", true),
    WRONG_ADDRESS("地址有误", "Wrong address", false),
    OTHER("其他", "Other", false);

    private final String zh;
    private final String en;
    private final boolean welfareConcern;

    FailureReason(String zh, String en, boolean welfareConcern) {
        this.zh = zh;
        this.en = en;
        this.welfareConcern = welfareConcern;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }

    public boolean welfareConcern() {
        return welfareConcern;
    }
}
