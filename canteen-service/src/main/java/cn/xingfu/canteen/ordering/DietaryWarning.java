package cn.xingfu.canteen.ordering;

/** Why a dish may not suit a senior. {@code blocking} marks an allergen: only staff can confirm it. */
public record DietaryWarning(long menuItemId, String code, String messageZh, String messageEn, boolean blocking) {}
