package cn.xingfu.canteen.delivery;

/** Where one delivery is. */
public enum StopStatus {
    /** 待配送 */
    WAITING("待配送", "Waiting"),
    /** 配送中 */
    OUT("配送中", "Out for delivery"),
    /** 已送达 */
    DELIVERED("已送达", "Delivered"),
    /** 未送达 */
    NOT_DELIVERED("未送达", "Not delivered");

    private final String zh;
    private final String en;

    StopStatus(String zh, String en) {
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
