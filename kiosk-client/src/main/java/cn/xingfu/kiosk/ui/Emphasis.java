package cn.xingfu.kiosk.ui;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.paint.Paint;
import javafx.scene.text.Text;

/**
 * Bold that really shows. The kiosk's CJK font (WenQuanYi Micro Hei) has no bold face, so JavaFX draws
 * {@code -fx-font-weight: bold} as regular. Where the chosen font has no bold face, the text is outlined in its
 * own colour (about 1/34 of the font size), which reads as bold; a font with a real bold face is left alone.
 */
final class Emphasis {

    static final String STYLE = "bold";

    private Emphasis() {}

    static <T extends Labeled> T bold(T labeled) {
        labeled.getStyleClass().add(STYLE);
        labeled.skinProperty().addListener((o, old, skin) -> embolden(labeled));
        embolden(labeled);
        return labeled;
    }

    /** True when the font in use is a real bold face. */
    static boolean realBold(Labeled labeled) {
        String style = labeled.getFont().getStyle().toLowerCase();
        return style.contains("bold") || style.contains("heavy") || style.contains("black");
    }

    private static void embolden(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text text && !text.strokeProperty().isBound()) {
                text.strokeProperty()
                        .bind(Bindings.createObjectBinding(
                                () -> realBold(labeled) ? null : (Paint) labeled.getTextFill(),
                                labeled.textFillProperty(),
                                labeled.fontProperty()));
                text.strokeWidthProperty()
                        .bind(Bindings.createDoubleBinding(
                                () -> realBold(labeled) ? 0 : labeled.getFont().getSize() / 34.0,
                                labeled.fontProperty()));
            }
        }
    }
}
