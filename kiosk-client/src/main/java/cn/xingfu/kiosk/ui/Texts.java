package cn.xingfu.kiosk.ui;

import cn.xingfu.kiosk.session.Lang;
import cn.xingfu.kiosk.session.Words;
import java.util.Map;

/** The fixed words of the screens in both languages. */
final class Texts {

    private static final Map<String, Words> TEXTS = Map.ofEntries(
            Map.entry("switch", new Words("English", "中文")),
            Map.entry("online", new Words("● 联网正常", "● Connected")),
            Map.entry("offline", new Words("○ 网络中断：订单会在联网后确认", "○ No connection: orders are confirmed later")),
            Map.entry("welcome.title", new Words("欢迎来用餐", "Welcome")),
            Map.entry(
                    "welcome.scan",
                    new Words("请把老人卡的二维码对准下方扫码口", "Hold the QR code of your senior card under the scanner")),
            Map.entry("welcome.busy", new Words("正在读卡，请稍候……", "Reading your card, please wait…")),
            Map.entry("period.none", new Words("现在不是点餐时间", "No meal is being ordered now")),
            Map.entry("period.BREAKFAST", new Words("现在供应：早餐", "Now serving: breakfast")),
            Map.entry("period.LUNCH", new Words("现在供应：午餐", "Now serving: lunch")),
            Map.entry("period.DINNER", new Words("现在供应：晚餐", "Now serving: dinner")),
            Map.entry("menu.hello", new Words("您好，%s", "Hello, %s")),
            Map.entry("menu.card", new Words("卡号 %s", "Card %s")),
            Map.entry("menu.balance", new Words("钱包余额 %s 元", "Wallet balance ¥%s")),
            Map.entry(
                    "menu.offline",
                    new Words(
                            "网络中断：菜单是上次的，价格待确认；订单会在联网后确认",
                            "No connection: last known menu, prices to be confirmed; your order is confirmed later")),
            Map.entry("menu.choose", new Words("第一步：点选菜品", "Step 1: tap a dish")),
            Map.entry("dish.price", new Words("原价 %s 元", "List price ¥%s")),
            Map.entry("dish.pay", new Words("您付约 %s 元", "You pay ≈¥%s")),
            Map.entry("dish.nopicture", new Words("暂无图片", "No picture")),
            Map.entry("dish.allergens", new Words("含有：", "Contains:")),
            Map.entry("dish.selected.portions", new Words("✓ 已选 %s 份", "✓ Chosen: %s")),
            Map.entry("dish.pay.tbc", new Words("价格待确认", "Price to be confirmed")),
            Map.entry("dish.left", new Words("还剩 %s 份", "%s left")),
            Map.entry("dish.selected", new Words("✓ 已选", "✓ Chosen")),
            Map.entry("dish.tap", new Words("点一下选择", "Tap to choose")),
            Map.entry("dish.soldout", new Words("✗ 已售完", "✗ Sold out")),
            Map.entry("dish.blocked", new Words("✗ 不适合您，请找工作人员", "✗ Not for you: ask staff")),
            Map.entry("channel.DINE_IN", new Words("堂食", "Eat here")),
            Map.entry("channel.TAKEAWAY", new Words("打包带走", "Take away")),
            Map.entry("payment.WALLET", new Words("钱包付款", "Pay from wallet")),
            Map.entry("payment.CASH", new Words("到柜台付现金", "Pay cash at counter")),
            Map.entry("payment.WALLET.short", new Words("钱包余额不足", "Wallet too low")),
            Map.entry("page.previous", new Words("◀ 上一页", "◀ Previous")),
            Map.entry("page.next", new Words("下一页 ▶", "Next ▶")),
            Map.entry("page.of", new Words("第 %s 页，共 %s 页", "Page %s of %s")),
            Map.entry("chosen", new Words("✓ ", "✓ ")),
            Map.entry("total.none", new Words("还没有选菜", "No dish chosen yet")),
            Map.entry("total.pending", new Words("正在计算价格……", "Working out the price…")),
            Map.entry("total.tbc", new Words("价格待确认（联网后确认）", "Price to be confirmed (when connected)")),
            Map.entry("total.gross", new Words("合计 %s 元", "Total ¥%s")),
            Map.entry("total.pay", new Words("您付 %s 元", "You pay ¥%s")),
            Map.entry(
                    "total.failed",
                    new Words(
                            "价格暂时算不出来，下单时确认",
                            "The price cannot be worked out just now; it is confirmed with the order")),
            Map.entry("place", new Words("下单", "Place order")),
            Map.entry("placing", new Words("正在下单，请稍候……", "Placing your order, please wait…")),
            Map.entry("cancel", new Words("不点了，返回", "Cancel, go back")),
            Map.entry("confirm.title", new Words("下单成功", "Order placed")),
            Map.entry("confirm.number", new Words("您的取餐号", "Your order number")),
            Map.entry("confirm.queued.title", new Words("订单已保存，联网后确认", "Order saved, confirmed once connected")),
            Map.entry(
                    "confirm.queued.text",
                    new Words(
                            "网络暂时中断。您的订单已保存在本机，联网后会自动确认。请记住这个号码，可以问工作人员：",
                            "The connection is down. Your order is saved on this kiosk and will be confirmed automatically. Keep this number and ask staff if needed:")),
            Map.entry("confirm.rejected.title", new Words("订单未能确认", "Order not accepted")),
            Map.entry("confirm.paid", new Words("已从钱包付款 %s 元", "Paid ¥%s from your wallet")),
            Map.entry("confirm.cash", new Words("请到柜台付现金 %s 元", "Please pay ¥%s in cash at the counter")),
            Map.entry("confirm.cash.later", new Words("请到柜台付款", "Please pay at the counter")),
            Map.entry("confirm.status", new Words("状态：%s", "Status: %s")),
            Map.entry(
                    "confirm.ready",
                    new Words("您的饭菜好了！请到窗口取餐", "Your meal is ready! Please collect it at the counter")),
            Map.entry("confirm.done", new Words("完成", "Done")),
            Map.entry("idle.title", new Words("还需要更多时间吗？", "Do you need more time?")),
            Map.entry("idle.left", new Words("%s 秒后回到首页", "Back to the start in %s seconds")),
            Map.entry("idle.more", new Words("需要，请继续", "Yes, I need more time")),
            Map.entry("switch.title", new Words("刚才扫了另一张卡", "Another card was just scanned")),
            Map.entry(
                    "switch.text",
                    new Words(
                            "要换成这张卡的老人点餐吗？换人后，现在选的菜不会下单。",
                            "Switch to the senior of that card? The dishes chosen now will not be ordered.")),
            Map.entry("switch.no", new Words("不换，继续点餐", "No, keep ordering")),
            Map.entry("switch.yes", new Words("换人点餐", "Yes, switch")),
            Map.entry("voice.on", new Words("语音播报：开", "Voice: on")),
            Map.entry("voice.off", new Words("语音播报：关", "Voice: off")),
            Map.entry("staff.pending", new Words("待发送订单：%s 单", "%s orders waiting to send")),
            Map.entry("staff.none", new Words("待发送订单：0 单", "0 orders waiting to send")));

    private Texts() {}

    static String get(String key, Lang lang, Object... args) {
        Words words = TEXTS.get(key);
        if (words == null) {
            throw new IllegalArgumentException("no text " + key);
        }
        return args.length == 0 ? words.in(lang) : String.format(words.in(lang), args);
    }
}
