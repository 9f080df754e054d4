package cn.xingfu.canteen.delivery;

import java.time.Instant;

/** Someone recorded how a welfare alert was resolved. */
public record WelfareAlertResolved(long alertId, long canteenId, String resolvedBy, Instant resolvedAt) {}
