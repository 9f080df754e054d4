package cn.xingfu.kiosk;

/** Touch-screen kiosk for seniors; the JavaFX screens arrive with the kiosk issue. */
public final class KioskApplication {

    private KioskApplication() {}

    public static void main(String[] args) {
        System.out.println("Xingfu kiosk client");
    }
}
