package cn.xingfu.canteen.shared.food;

/**
 * A dietary property. On a senior it is a need ("must be low-salt"); on a dish it is a property the dish
 * has ("is low-salt"). A senior's need is met when the dish carries the same tag.
 */
public enum DietaryTag {
    LOW_SALT("低盐"),
    DIABETIC("糖尿病餐/低糖"),
    LOW_FAT("低脂"),
    HALAL("清真"),
    VEGETARIAN("素食");

    private final String zh;

    DietaryTag(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }
}
