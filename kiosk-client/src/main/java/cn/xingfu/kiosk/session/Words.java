package cn.xingfu.kiosk.session;

/** Something said to the senior, in both languages. */
public record Words(String zh, String en) {

    public String in(Lang lang) {
        return lang == Lang.EN ? en : zh;
    }
}
