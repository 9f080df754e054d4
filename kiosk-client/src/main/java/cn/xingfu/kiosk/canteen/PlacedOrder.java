package cn.xingfu.kiosk.canteen;

/** The answer to placing an order; {@code created} is false when the service recognised a retry. */
public record PlacedOrder(OrderResponse order, boolean created) {}
