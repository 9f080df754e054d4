package cn.xingfu.kiosk;

import javafx.application.Application;

/**
 * Starts the kiosk. Kept apart from the JavaFX {@code Application} class so the kiosk runs from a plain class path
 * ({@code java -jar kiosk-client/target/kiosk-client.jar --service=http://localhost:8080}).
 */
public final class KioskApplication {

    private KioskApplication() {}

    public static void main(String[] args) {
        if (java.util.Arrays.asList(args).contains("--simulate")) {
            // load harness: virtual kiosks and kitchen displays, no window (docs/performance.md)
            cn.xingfu.kiosk.simulation.KioskSimulation.main(args);
            return;
        }
        Application.launch(KioskFxApp.class, args);
    }
}
