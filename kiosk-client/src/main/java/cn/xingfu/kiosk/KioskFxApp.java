package cn.xingfu.kiosk;

import cn.xingfu.kiosk.session.KioskSession;
import cn.xingfu.kiosk.ui.KioskView;
import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: one window, full screen on a real kiosk. */
public final class KioskFxApp extends Application {

    private KioskSession session;
    private KioskView view;

    @Override
    public void start(Stage stage) {
        KioskConfig config = KioskConfig.from(getParameters().getRaw().toArray(String[]::new), System.getenv());
        session = Kiosk.session(config, javafx.application.Platform::runLater);
        view = new KioskView(session, config.scanGapMillis());
        stage.setTitle("幸福食堂 Xingfu kiosk");
        stage.setScene(view.scene());
        stage.setFullScreen(config.fullScreen());
        stage.setFullScreenExitHint("");
        stage.show();
        session.start();
    }

    @Override
    public void stop() {
        if (view != null) {
            view.stop();
        }
        if (session != null) {
            session.close();
        }
    }
}
