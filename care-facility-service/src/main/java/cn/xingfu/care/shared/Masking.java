package cn.xingfu.care.shared;

/** Personal data as shown to people who do not need all of it. */
public final class Masking {

    private Masking() {}

    /** 500381194501011234 → 500381********1234 */
    public static String idNumber(String idNumber) {
        if (idNumber == null || idNumber.length() < 10) {
            return "******";
        }
        return idNumber.substring(0, 6)
                + "*".repeat(idNumber.length() - 10)
                + idNumber.substring(idNumber.length() - 4);
    }
}
