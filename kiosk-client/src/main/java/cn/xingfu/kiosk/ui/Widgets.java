package cn.xingfu.kiosk.ui;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/** The few ways the kiosk makes its controls: large labels that wrap instead of cutting text, big buttons. */
final class Widgets {

    private Widgets() {}

    static Label label(String text, String style) {
        Label label = new Label(text);
        label.getStyleClass().add(style);
        return label;
    }

    /** A label that wraps at {@code width} and grows in height instead of cutting its text off. */
    static Label wrapped(String text, String style, double width) {
        Label label = label(text, style);
        label.setWrapText(true);
        label.setMaxWidth(width);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    static Button button(String text, String style, Runnable action) {
        Button button = new Button(text);
        button.setFocusTraversable(false);
        button.getStyleClass().add(style);
        button.setOnAction(e -> action.run());
        return button;
    }

    static void style(Node node, String styleClass, boolean on) {
        if (on && !node.getStyleClass().contains(styleClass)) {
            node.getStyleClass().add(styleClass);
        } else if (!on) {
            node.getStyleClass().remove(styleClass);
        }
    }
}
