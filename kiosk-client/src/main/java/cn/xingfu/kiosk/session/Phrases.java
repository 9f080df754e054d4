package cn.xingfu.kiosk.session;

import cn.xingfu.kiosk.canteen.DishWarning;
import cn.xingfu.kiosk.canteen.MenuItem;
import cn.xingfu.kiosk.canteen.Problem;
import cn.xingfu.kiosk.canteen.Quote;
import cn.xingfu.kiosk.canteen.SubsidyInfo;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/** The kiosk's own words for order statuses and for the problems the service reports. */
public final class Phrases {

    private static final Map<String, Words> STATUS = Map.of(
            "PLACED", new Words("已下单，正在排队", "Order placed, waiting in line"),
            "PREPARING", new Words("正在为您准备", "Being prepared for you"),
            "READY", new Words("您的饭菜好了，请到窗口取餐", "Your meal is ready. Please collect it at the counter"),
            "SERVED", new Words("已上菜", "Served"),
            "PICKED_UP", new Words("已取餐", "Collected"),
            "OUT_FOR_DELIVERY", new Words("正在配送", "Out for delivery"),
            "DELIVERED", new Words("已送达", "Delivered"),
            "FAILED", new Words("未能完成，请联系工作人员", "Could not be completed. Please ask staff"),
            "CANCELLED", new Words("订单已取消", "Order cancelled"));

    private static final Map<String, Words> PROBLEMS = Map.ofEntries(
            Map.entry("CARD_FORGED", new Words("这张卡无法识别，请联系工作人员", "This card cannot be recognised. Please ask staff")),
            Map.entry("CARD_BLOCKED", new Words("这张卡已停用，请联系工作人员", "This card is blocked. Please ask staff")),
            Map.entry(
                    "CARD_SUPERSEDED",
                    new Words("这张卡已换新，请使用新卡", "This card has been replaced. Please use your new card")),
            Map.entry(
                    "CARD_OUT_OF_SCOPE",
                    new Words("这张卡不能在本食堂使用，请联系工作人员", "This card cannot be used at this canteen. Please ask staff")),
            Map.entry(
                    "SENIOR_NOT_ACTIVE",
                    new Words("您的用餐资格暂不可用，请联系工作人员", "Your meal registration is not active. Please ask staff")),
            Map.entry("SOLD_OUT", new Words("这道菜刚刚卖完了，请选择其他菜", "This dish has just sold out. Please choose another")),
            Map.entry("ORDERING_CLOSED", new Words("本餐次已停止点餐", "Ordering for this meal has closed")),
            Map.entry(
                    "WALLET_INSUFFICIENT",
                    new Words(
                            "余额不足。已改为到柜台付现金，请再按一次“下单”",
                            "Not enough balance. Changed to paying cash at the counter; press \"Place order\" again")),
            Map.entry(
                    "NO_MEALS",
                    new Words(
                            "现在没有供餐，请看门口的供餐时间", "No meal is being served now. Please see the meal times at the door")),
            Map.entry(
                    "ALLERGEN_CONFIRMATION_REQUIRED",
                    new Words("这道菜需要工作人员确认，请联系工作人员", "Staff must confirm this dish for you. Please ask staff")),
            Map.entry(
                    "VALIDATION_FAILED",
                    new Words("订单内容有误，请重新选择", "Something in the order is not right. Please choose again")),
            Map.entry(
                    "KIOSK_NOT_AUTHORISED",
                    new Words("本机未获授权，请联系工作人员", "This kiosk is not authorised. Please ask staff")));

    /** Why the chosen dishes get no subsidy, for the subsidy rules' codes the service answers today. */
    private static final Map<String, Words> NO_SUBSIDY = Map.of(
            "NO_TIER", new Words("您暂不在用餐补贴范围内", "You are not in a meal-subsidy group"),
            "PERIOD_ALREADY_SUBSIDISED", new Words("您这一餐已经用过补贴", "You already had the subsidy for this meal"),
            "DAY_ALREADY_SUBSIDISED", new Words("您今天已经用过补贴", "You already had today's subsidy"),
            "DAILY_CAP", new Words("今天的补贴次数已用完", "Today's subsidised meals are used up"),
            "WEEKLY_CAP", new Words("本周的补贴次数已用完", "This week's subsidised meals are used up"),
            "MONTHLY_CAP", new Words("本月的补贴次数已用完", "This month's subsidised meals are used up"),
            "BELOW_MINIMUM_BILL",
                    new Words("所选菜品未达到补贴的最低消费", "The chosen dishes are below the minimum bill for the subsidy"));

    private Phrases() {}

    /**
     * The subsidy line for a quote: the amount when there is one; otherwise "no subsidy" and why, in the service's
     * own words when it gives them (so a new rule shows without a kiosk change), else the kiosk's words for the code.
     */
    public static Words subsidy(Quote quote) {
        if (!quote.unsubsidised()) {
            return new Words("补贴 " + money(quote.subsidy()) + " 元", "Subsidy ¥" + money(quote.subsidy()));
        }
        Words why = quote.reasonZh() != null && quote.reasonEn() != null
                ? new Words(quote.reasonZh(), quote.reasonEn())
                : NO_SUBSIDY.get(quote.reason());
        return why == null
                ? new Words("本餐没有补贴", "No subsidy for this meal")
                : new Words("本餐没有补贴：" + why.zh(), "No subsidy for this meal: " + why.en());
    }

    /**
     * The header after a scan: who the senior is for subsidies and from what bill, never an amount (that depends on the
     * dishes); when there is none this meal, why, in the service's own words when it gives them.
     */
    public static Words subsidyGroup(SubsidyInfo info) {
        if (info == null) {
            return new Words("补贴待确认", "Subsidy to be confirmed");
        }
        if (!info.available()) {
            if (info.messageZh() != null && info.messageEn() != null) {
                return new Words(info.messageZh(), info.messageEn());
            }
            Words why = NO_SUBSIDY.get(info.reason());
            return why == null ? new Words("本餐没有补贴", "No subsidy for this meal") : why;
        }
        Words group = info.tierName() == null || info.tierName().isBlank()
                ? new Words("补贴按所选菜品计算", "Subsidy by the dishes chosen")
                : new Words(
                        "补贴对象：" + info.tierName() + "（按所选菜品计算）",
                        "Subsidy: " + info.tierName() + ", by the dishes chosen");
        if (!info.hasMinimumBill()) {
            return group;
        }
        String minimum = money(info.minimumBill());
        return new Words(group.zh() + "，消费满 " + minimum + " 元才有补贴", group.en() + ", from a bill of ¥" + minimum);
    }

    public static Words walletShort(BigDecimal balance) {
        String amount = balance == null ? "—" : money(balance);
        return new Words(
                "钱包余额 " + amount + " 元，不够付这一餐，已改为到柜台付现金",
                "Your wallet holds ¥" + amount + ", not enough for this meal: changed to paying cash at the counter");
    }

    public static Words blocked(MenuItem item) {
        String zh = String.join(
                "；",
                item.warnings().stream()
                        .filter(DishWarning::blocking)
                        .map(DishWarning::messageZh)
                        .toList());
        String en = String.join(
                "; ",
                item.warnings().stream()
                        .filter(DishWarning::blocking)
                        .map(DishWarning::messageEn)
                        .toList());
        return new Words(
                "这道菜不适合您：" + zh + "。如需点这道菜，请找工作人员",
                "Not suitable for you: " + en + ". Please ask staff if you want it");
    }

    public static String money(BigDecimal amount) {
        return amount == null ? "—" : amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    public static Words status(String status) {
        return STATUS.getOrDefault(status, new Words("状态：" + status, "Status: " + status));
    }

    public static Words problem(Problem problem) {
        Words known = PROBLEMS.get(problem.code());
        if (known != null) {
            return known;
        }
        if (problem.messageZh() != null && problem.messageEn() != null) {
            return new Words(problem.messageZh(), problem.messageEn());
        }
        return new Words("出了点问题，请联系工作人员", "Something went wrong. Please ask staff");
    }

    public static Words problem(String code, String messageZh, String messageEn) {
        return problem(new Problem(null, code, 0, null, code, messageZh, messageEn, null));
    }

    /** Codes after which this card cannot order at all: the senior goes back to the welcome screen. */
    public static boolean endsSession(String code) {
        return code != null && (code.startsWith("CARD_") || code.equals("SENIOR_NOT_ACTIVE"));
    }
}
