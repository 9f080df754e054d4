package cn.xingfu.canteen.shared.food;

/** Allergens a dish may contain and a senior may be allergic to (the common eight plus sesame). */
public enum Allergen {
    PEANUT("花生"),
    TREE_NUT("坚果"),
    SHELLFISH("甲壳类海鲜"),
    FISH("鱼"),
    EGG("蛋"),
    MILK("奶"),
    SOY("大豆"),
    WHEAT("麸质/小麦"),
    SESAME("芝麻");

    private final String zh;

    Allergen(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }
}
