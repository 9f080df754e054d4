package cn.xingfu.kernel;

/** How personal data is shown to people who do not need all of it. */
public final class Masking {

    private Masking() {}

    /** 500381199001011234 → 500381********1234 */
    public static String idNumber(String idNumber) {
        if (idNumber == null || idNumber.length() < 10) {
            return "******";
        }
        return idNumber.substring(0, 6)
                + "*".repeat(idNumber.length() - 10)
                + idNumber.substring(idNumber.length() - 4);
    }

    /** 13812345678 → 138****5678 */
    public static String phone(String phone) {
        if (phone == null || phone.length() < 7) {
            return "****";
        }
        return phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
    }

    /** 张三丰 → 张*丰, 李四 → 李*: enough for a senior to recognise their own name on a screen. */
    public static String name(String name) {
        if (name == null || name.isEmpty()) {
            return "*";
        }
        int[] cps = name.codePoints().toArray();
        if (cps.length == 1) {
            return name;
        }
        StringBuilder masked = new StringBuilder().appendCodePoint(cps[0]);
        if (cps.length == 2) {
            return masked.append('*').toString();
        }
        masked.append("*".repeat(cps.length - 2));
        return masked.appendCodePoint(cps[cps.length - 1]).toString();
    }
}
