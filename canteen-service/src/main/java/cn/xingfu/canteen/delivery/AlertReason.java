package cn.xingfu.canteen.delivery;

/** Why a welfare alert was raised. */
public enum AlertReason {
    NOBODY_HOME("送餐无人应门", "Nobody answered the door"),
    SENIOR_UNWELL("老人身体不适", "Senior unwell"),
    NOT_CONFIRMED("送餐超时未确认", "Delivery not confirmed in time"),
    NEEDS_CALL("上门查看：需要回电关心", "Doorstep check: needs a call");

    private final String zh;
    private final String en;

    AlertReason(String zh, String en) {
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
