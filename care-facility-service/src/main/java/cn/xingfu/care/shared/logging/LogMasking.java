package cn.xingfu.care.shared.logging;

import java.util.regex.Pattern;

/**
 * The last line of defence for logs: whatever a log statement or an exception message carries, an 18-character
 * resident ID number and an 11-digit mainland mobile number never reach the log in full. Log statements should
 * not log them in the first place (they log ids); this catches what slips through, e.g. rejected values quoted in
 * validation exceptions.
 */
public final class LogMasking {

    private static final Pattern ID_NUMBER =
            Pattern.compile("(?<![0-9A-Za-z])([1-9][0-9]{5})([0-9]{8})([0-9]{3}[0-9Xx])(?![0-9A-Za-z])");
    private static final Pattern MOBILE = Pattern.compile("(?<![0-9])(1[3-9][0-9])([0-9]{4})([0-9]{4})(?![0-9])");

    private LogMasking() {}

    /** 500381194501011234 → 500381********1234, 13812345678 → 138****5678, wherever they stand in the text. */
    public static String mask(String text) {
        if (text == null || text.length() < 11) {
            return text;
        }
        String masked = ID_NUMBER.matcher(text).replaceAll(m -> m.group(1) + "********" + m.group(3));
        return MOBILE.matcher(masked).replaceAll("$1****$3");
    }
}
