package cn.xingfu.canteen.delivery.planning;

/** How a volunteer travels between doors. */
public enum TransportMode {
    /** 步行 */
    ON_FOOT("步行", "On foot"),
    /** 电动车 */
    E_BIKE("电动车", "E-bike");

    private final String zh;
    private final String en;

    TransportMode(String zh, String en) {
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
