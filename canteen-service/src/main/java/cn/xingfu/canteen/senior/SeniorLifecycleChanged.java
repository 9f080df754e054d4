package cn.xingfu.canteen.senior;

/** A senior was paused, moved away, came back or died; orders, cards and deliveries may need to react. */
public record SeniorLifecycleChanged(long seniorId, long homeCanteenId, Lifecycle from, Lifecycle to, String reason) {}
