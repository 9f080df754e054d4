package cn.xingfu.canteen.delivery;

import java.time.Instant;

/**
 * A delivery raised a welfare concern that canteen staff must follow up. Carries no phone numbers: a listener that
 * shows the alert (the live module) reads it through {@link WelfareDesk#snapshot(long)} and sends it only where that
 * canteen's staff listen.
 */
public record WelfareAlertRaised(
        long alertId,
        long canteenId,
        long seniorId,
        String maskedName,
        long orderId,
        AlertReason reason,
        String reasonZh,
        String reasonEn,
        Instant raisedAt) {}
