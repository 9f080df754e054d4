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

    /**
     * Whether the registry may move a senior from this state to {@code next}. A paused or moved-away senior
     * can come back; a death is final; a move to the same state is no change and is refused.
     */
    public boolean canBecome(Lifecycle next) {
        return switch (this) {
            case ACTIVE -> next != ACTIVE;
            case PAUSED -> next != PAUSED;
            case MOVED_AWAY -> next == ACTIVE || next == DECEASED;
            case DECEASED -> false;
        };
    }
}
