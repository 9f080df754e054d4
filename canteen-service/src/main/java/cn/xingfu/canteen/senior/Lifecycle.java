package cn.xingfu.canteen.senior;

/** Where a senior is in the registry's lifecycle. Only active seniors may order. */
public enum Lifecycle {
    ACTIVE("在册"),
    PAUSED("暂停"),
    MOVED_AWAY("迁出"),
    DECEASED("已故");

    private final String zh;

    Lifecycle(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }
}
