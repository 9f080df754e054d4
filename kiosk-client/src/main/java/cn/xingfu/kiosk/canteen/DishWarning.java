package cn.xingfu.kiosk.canteen;

/** A dietary warning; {@code blocking} marks an allergen conflict the kiosk must not order. */
public record DishWarning(String code, String messageZh, String messageEn, boolean blocking) {}
