package cn.xingfu.canteen.shared.food;

/** How soft a dish is. A senior needing a softer texture cannot safely eat a firmer dish. */
public enum Texture {
    NORMAL("普通"),
    SOFT("软食"),
    MINCED("碎食"),
    PUREED("糊状");

    private final String zh;

    Texture(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }

    /** True when a dish of this texture is soft enough for someone who needs {@code needed}. */
    public boolean satisfies(Texture needed) {
        return ordinal() >= needed.ordinal();
    }
}
