package cn.xingfu.canteen.delivery;

/** Where the planning of one canteen's meal is. */
public enum PlanStatus {
    /** 规划中: the solver is working in the background. */
    SOLVING("规划中", "Planning"),
    /** 已规划 */
    PLANNED("已规划", "Planned"),
    /** 规划失败 */
    FAILED("规划失败", "Planning failed");

    private final String zh;
    private final String en;

    PlanStatus(String zh, String en) {
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
