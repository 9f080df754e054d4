package cn.xingfu.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Bold must show on the kiosk: the same words drawn bold carry clearly more ink than drawn regular. With the
 * kiosk's CJK font (no bold face), CSS bold alone draws exactly the regular glyphs.
 */
class EmphasisTests {

    private static final String WORDS = "下单 您付 12.00 元 Place order";

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void boldCarriesMoreInkThanRegular() {
        double regular = ink(false, false);
        double cssOnly = ink(true, false);
        double bold = ink(true, true);
        assertThat(bold / regular).as("ink of bold vs regular").isGreaterThan(1.2);
        // what the kiosk drew before: CSS bold in a font without a bold face is not bold at all
        assertThat(cssOnly / regular).isLessThan(1.05);
    }

    private static double ink(boolean cssBold, boolean emphasis) {
        AtomicReference<Double> result = new AtomicReference<>();
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            Label label = new Label(WORDS);
            label.setStyle("-fx-font-family: 'WenQuanYi Micro Hei'; -fx-font-size: 48px; -fx-text-fill: #000000;"
                    + (cssBold ? " -fx-font-weight: bold;" : ""));
            if (emphasis) {
                Emphasis.bold(label);
            }
            VBox box = new VBox(label);
            box.setStyle("-fx-background-color: #ffffff;");
            new Scene(box, 900, 100);
            box.applyCss();
            box.layout();
            WritableImage image = box.snapshot(null, null);
            PixelReader pixels = image.getPixelReader();
            double sum = 0;
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    sum += 1 - pixels.getColor(x, y).getBrightness();
                }
            }
            result.set(sum);
        });
        return result.get();
    }
}
