package cn.xingfu.kiosk.session;

/** The screen language; Chinese by default. */
public enum Lang {
    ZH,
    EN
}
