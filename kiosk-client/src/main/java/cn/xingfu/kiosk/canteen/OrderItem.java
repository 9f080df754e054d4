package cn.xingfu.kiosk.canteen;

/** One dish and how many portions. */
public record OrderItem(long menuItemId, int quantity) {}
