package cn.xingfu.kiosk.ui;

import static org.awaitility.Awaitility.await;

import cn.xingfu.kiosk.Kiosk;
import cn.xingfu.kiosk.KioskConfig;
import cn.xingfu.kiosk.session.KioskSession;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Runs a real kiosk window (headless through Monocle) and drives it like a senior would. */
public final class KioskUi implements AutoCloseable {

    public static final Path SCREENSHOTS = Path.of("..", "docs", "screenshots");

    private final FxRobot robot = new FxRobot();
    private final KioskSession session;
    private final KioskView view;
    private final Stage stage;
    private int taps;

    private final RecordingSpeaker voice = new RecordingSpeaker();

    private KioskUi(KioskConfig config) throws TimeoutException {
        stage = FxToolkit.registerPrimaryStage();
        AtomicReference<KioskSession> createdSession = new AtomicReference<>();
        AtomicReference<KioskView> createdView = new AtomicReference<>();
        FxToolkit.setupStage(s -> {
            KioskSession created = Kiosk.session(config, Platform::runLater, voice);
            KioskView kioskView = new KioskView(created, config.scanGapMillis());
            s.setScene(kioskView.scene());
            s.setWidth(KioskView.WIDTH);
            s.setHeight(KioskView.HEIGHT);
            s.show();
            createdSession.set(created);
            createdView.set(kioskView);
        });
        session = createdSession.get();
        view = createdView.get();
        Platform.runLater(session::start);
        WaitForAsyncUtils.waitForFxEvents();
    }

    public static KioskUi start(KioskConfig config) {
        try {
            return new KioskUi(config);
        } catch (TimeoutException e) {
            throw new IllegalStateException(e);
        }
    }

    public KioskSession session() {
        return session;
    }

    public KioskView view() {
        return view;
    }

    /** What the kiosk said aloud, sentence by sentence. */
    public RecordingSpeaker voice() {
        return voice;
    }

    /** Turns the menu's pages (with the big buttons, as a senior would) until the dish is shown, then taps it. */
    public void tapDish(long menuItemId) {
        showDish(menuItemId);
        tap("dish-" + menuItemId);
    }

    public void showDish(long menuItemId) {
        while (onFx(() -> view.menuPage()) > 0 && !onFx(() -> view.shownDishes().contains(menuItemId))) {
            tap("page-previous");
        }
        while (!onFx(() -> view.shownDishes().contains(menuItemId))) {
            if (onFx(() -> view.menuPage() + 1 >= view.menuPages())) {
                throw new AssertionError("dish " + menuItemId + " is on no page");
            }
            tap("page-next");
        }
    }

    public FxRobot robot() {
        return robot;
    }

    public int taps() {
        return taps;
    }

    /** What a USB QR scanner does: types the code and presses Enter. */
    public void scan(String code) {
        robot.write(code + "\n");
        WaitForAsyncUtils.waitForFxEvents();
    }

    public void tap(String id) {
        robot.clickOn("#" + id);
        taps++;
        WaitForAsyncUtils.waitForFxEvents();
    }

    public boolean exists(String id) {
        return robot.lookup("#" + id).tryQuery().isPresent();
    }

    public String text(String id) {
        return onFx(() -> robot.lookup("#" + id)
                .tryQuery()
                .map(n -> ((Labeled) n).getText())
                .orElse(null));
    }

    public Node node(String id) {
        return robot.lookup("#" + id).query();
    }

    public void waitForText(String id, String fragment) {
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            String text = text(id);
            return text != null && text.contains(fragment);
        });
    }

    public <T> T onFx(Supplier<T> supplier) {
        AtomicReference<T> result = new AtomicReference<>();
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> result.set(supplier.get()));
        return result.get();
    }

    public int checkSeniorFriendly() {
        WaitForAsyncUtils.waitForFxEvents();
        return onFx(() -> SeniorFriendly.check(view.root()));
    }

    public Path screenshot(String name) {
        WaitForAsyncUtils.waitForFxEvents();
        BufferedImage image = onFx(() -> {
            WritableImage snapshot = view.root().snapshot(null, null);
            return SwingFXUtils.fromFXImage(snapshot, null);
        });
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name);
            ImageIO.write(image, "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            view.stop();
            session.close();
        });
    }

    public static KioskConfig config(java.net.URI service, Path dataDir) {
        return new KioskConfig(service, "kiosk01", "kiosk123", dataDir, 60, 30, 1, 1, 3000, false);
    }
}
