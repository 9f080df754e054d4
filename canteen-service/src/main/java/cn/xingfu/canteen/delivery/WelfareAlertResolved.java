package cn.xingfu.canteen.delivery;

import java.time.Instant;

/** Someone recorded how a welfare alert was resolved; staff pages of the canteen drop it from their list. */
public record WelfareAlertResolved(long alertId, long canteenId, String resolvedBy, Instant resolvedAt) {}
