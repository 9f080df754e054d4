package cn.xingfu.canteen.settlement;

/** Where a canteen's month is: built (READY) it can be run again or submitted; SUBMITTED is locked for good. */
public enum SettlementStatus {
    DRAFT("未生成", "Not built"),
    RUNNING("生成中", "Building"),
    READY("待提交", "Ready to submit"),
    FAILED("生成失败", "Failed"),
    SUBMITTED("已提交（锁定）", "Submitted (locked)");

    private final String zh;
    private final String en;

    SettlementStatus(String zh, String en) {
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
