package cn.xingfu.care.resident;

import java.util.Locale;
import java.util.regex.Pattern;

/** The ICD-10 chapter V ranges the care rules use. */
public final class Icd10 {

    private static final Pattern CODE = Pattern.compile("[A-Z][0-9]{2}(\\.[0-9A-Z]{1,4})?");

    private Icd10() {}

    public static boolean isValid(String code) {
        return CODE.matcher(code.trim().toUpperCase(Locale.ROOT)).matches();
    }

    public static boolean isDementia(String code) {
        int n = fNumber(code);
        return n >= 0 && n <= 3;
    }

    public static boolean isOtherMentalDisorder(String code) {
        int n = fNumber(code);
        return n >= 4 && n <= 99;
    }

    private static int fNumber(String code) {
        String c = code.trim().toUpperCase(Locale.ROOT);
        if (!isValid(c) || c.charAt(0) != 'F') {
            return -1;
        }
        return Integer.parseInt(c.substring(1, 3));
    }
}
