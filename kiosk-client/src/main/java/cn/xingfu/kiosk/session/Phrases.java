package cn.xingfu.kiosk.session;

import cn.xingfu.kiosk.canteen.Problem;
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
                    "ALLERGEN_CONFIRMATION_REQUIRED",
                    new Words("这道菜需要工作人员确认，请联系工作人员", "Staff must confirm this dish for you. Please ask staff")),
            Map.entry(
                    "VALIDATION_FAILED",
                    new Words("订单内容有误，请重新选择", "Something in the order is not right. Please choose again")),
            Map.entry(
                    "KIOSK_NOT_AUTHORISED",
                    new Words("本机未获授权，请联系工作人员", "This kiosk is not authorised. Please ask staff")));

    private Phrases() {}

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
