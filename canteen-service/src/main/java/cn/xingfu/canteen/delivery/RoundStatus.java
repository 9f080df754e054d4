package cn.xingfu.canteen.delivery;

/** Where a volunteer's round is. */
public enum RoundStatus {
    /** 已排线: planned, the meals are still in the kitchen. */
    PLANNED("已排线", "Planned"),
    /** 已取餐: the volunteer has picked the meals up; re-planning leaves this round alone. */
    PICKED_UP("已取餐", "Picked up"),
    /** 已完成: every stop is closed. */
    FINISHED("已完成", "Finished"),
    /** 未到岗: the volunteer did not show up; the stops went back to planning. */
    NO_SHOW("未到岗", "No-show");

    private final String zh;
    private final String en;

    RoundStatus(String zh, String en) {
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
