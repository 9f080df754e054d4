package cn.xingfu.kiosk;

import javafx.application.Application;

/**
 * Starts the kiosk. Kept apart from the JavaFX {@code Application} class so the kiosk runs from a plain class path
 * ({@code java -jar kiosk-client/target/kiosk-client.jar --service=http://localhost:8080}).
 */
public final class KioskApplication {

    private KioskApplication() {}

    public static void main(String[] args) {
        Application.launch(KioskFxApp.class, args);
    }
}
