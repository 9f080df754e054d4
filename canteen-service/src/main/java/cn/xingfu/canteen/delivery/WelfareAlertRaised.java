package cn.xingfu.canteen.delivery;

import java.time.Instant;

/**
 * A delivery raised a welfare concern that canteen staff must follow up. Carries no phone numbers: listeners
 * that show it (the live module) send staff to the alert list, which needs a login.
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
