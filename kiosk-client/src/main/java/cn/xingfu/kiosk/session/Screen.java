package cn.xingfu.kiosk.session;

/** The kiosk's screens. */
public enum Screen {
    WELCOME,
    MENU,
    CONFIRMATION
}
