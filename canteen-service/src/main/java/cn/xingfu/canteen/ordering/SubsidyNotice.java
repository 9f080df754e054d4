package cn.xingfu.canteen.ordering;

import cn.xingfu.canteen.subsidy.SubsidyDecision;
import java.math.BigDecimal;

/** The sentence a kiosk shows after a scan: the senior's real subsidy for this meal, or why there is none. */
final class SubsidyNotice {

    private SubsidyNotice() {}

    /** The lowest minimum bill among the schemes that would pay, 0 when none has one. */
    static BigDecimal minimumBill(SubsidyDecision entitlement) {
        return entitlement.granted().stream()
                .map(SubsidyDecision.Share::minimumBill)
                .filter(m -> m.signum() > 0)
                .min(BigDecimal::compareTo)
                .orElse(BigDecimal.ZERO.setScale(2));
    }

    static String zh(SubsidyDecision entitlement) {
        if (entitlement.subsidised()) {
            BigDecimal minimum = minimumBill(entitlement);
            return minimum.signum() > 0
                    ? "本餐可享补贴 " + entitlement.subsidy() + " 元（消费满 " + minimum + " 元才有补贴）"
                    : "本餐可享补贴 " + entitlement.subsidy() + " 元";
        }
        return switch (entitlement.reason()) {
            case SubsidyDecision.PERIOD_ALREADY_SUBSIDISED -> "本餐次已享受过补贴，这一餐按原价";
            case SubsidyDecision.DAY_ALREADY_SUBSIDISED -> "今天已享受过补贴，这一餐按原价";
            case SubsidyDecision.DAILY_CAP -> "今天的补贴次数已用完，这一餐按原价";
            case SubsidyDecision.WEEKLY_CAP -> "本周的补贴次数已用完，这一餐按原价";
            case SubsidyDecision.MONTHLY_CAP -> "本月的补贴次数已用完，这一餐按原价";
            case SubsidyDecision.CHANNEL_NOT_COVERED -> "这种就餐方式没有补贴";
            case SubsidyDecision.SCHEME_NOT_IN_FORCE -> "今天没有生效的补贴项目";
            default -> "暂无助餐补贴";
        };
    }

    static String en(SubsidyDecision entitlement) {
        if (entitlement.subsidised()) {
            BigDecimal minimum = minimumBill(entitlement);
            return minimum.signum() > 0
                    ? "Subsidy " + entitlement.subsidy() + " on this meal (from a bill of " + minimum + ")"
                    : "Subsidy " + entitlement.subsidy() + " on this meal";
        }
        return switch (entitlement.reason()) {
            case SubsidyDecision.PERIOD_ALREADY_SUBSIDISED -> "Already subsidised for this meal: full price";
            case SubsidyDecision.DAY_ALREADY_SUBSIDISED -> "Already subsidised today: full price";
            case SubsidyDecision.DAILY_CAP -> "Today's subsidised meals are used up: full price";
            case SubsidyDecision.WEEKLY_CAP -> "This week's subsidised meals are used up: full price";
            case SubsidyDecision.MONTHLY_CAP -> "This month's subsidised meals are used up: full price";
            case SubsidyDecision.CHANNEL_NOT_COVERED -> "No subsidy for this way of eating";
            case SubsidyDecision.SCHEME_NOT_IN_FORCE -> "No subsidy scheme in force today";
            default -> "No meal subsidy";
        };
    }
}
