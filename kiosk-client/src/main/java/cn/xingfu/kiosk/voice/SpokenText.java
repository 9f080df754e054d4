package cn.xingfu.kiosk.voice;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Sentences as they should sound. A masked name is never read with its stars: the senior is addressed by surname
 * and 老 (a respectful, gender-neutral form for an elder), so nobody nearby hears the full name. Amounts are said
 * in 元 and 角, order numbers one character at a time.
 */
public final class SpokenText {

    private SpokenText() {}

    /** "张*丰" → "张老"; unknown → empty. */
    public static String address(String maskedName) {
        if (maskedName == null || maskedName.isBlank() || maskedName.charAt(0) == '*') {
            return "";
        }
        return maskedName.substring(0, maskedName.offsetByCodePoints(0, 1)) + "老";
    }

    public static String greeting(String maskedName) {
        String address = address(maskedName);
        return (address.isEmpty() ? "您好" : address + "，您好") + "！请在屏幕上点选菜品。";
    }

    /** 12.50 → "12元5角", 9.00 → "9元", 0.05 → "5分". */
    public static String money(BigDecimal amount) {
        BigDecimal cents = amount.setScale(2, RoundingMode.HALF_UP).movePointRight(2);
        long total = cents.longValueExact();
        long yuan = total / 100;
        long jiao = total % 100 / 10;
        long fen = total % 10;
        StringBuilder said = new StringBuilder();
        if (yuan > 0 || total == 0) {
            said.append(yuan).append("元");
        }
        if (jiao > 0) {
            said.append(jiao).append("角");
        }
        if (fen > 0) {
            said.append(fen).append("分");
        }
        return said.toString();
    }

    /** "A023" → "A，0，2，3": each character on its own, as staff call it at the counter. */
    public static String number(String orderNumber) {
        return String.join(
                "，", orderNumber.codePoints().mapToObj(Character::toString).toList());
    }

    /** "一份回锅肉，两份米饭" from (name, quantity) lines. */
    public static String dishes(List<Line> lines) {
        return String.join(
                "，",
                lines.stream().map(l -> count(l.quantity()) + "份" + l.name()).toList());
    }

    private static String count(int n) {
        return switch (n) {
            case 1 -> "一";
            case 2 -> "两";
            case 3 -> "三";
            case 4 -> "四";
            case 5 -> "五";
            default -> Integer.toString(n);
        };
    }

    /** A dish and how many portions, as read back. */
    public record Line(String name, int quantity) {}
}
