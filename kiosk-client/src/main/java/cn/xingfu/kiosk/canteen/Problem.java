package cn.xingfu.kiosk.canteen;

/** An RFC 9457 problem as canteen-service renders it, with a stable code and words in both languages. */
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String code,
        String messageZh,
        String messageEn,
        Long menuItemId) {

    public static Problem of(int status, String code, String messageZh, String messageEn) {
        return new Problem(null, code, status, null, code, messageZh, messageEn, null);
    }
}
