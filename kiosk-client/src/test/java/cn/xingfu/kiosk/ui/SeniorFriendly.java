package cn.xingfu.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

/**
 * Checks DOMAIN.md section 8 on what is actually on the screen: every visible text at least 32 px, every touch
 * target (button or dish tile) at least 60 × 60 px and every button at least 76 px high, and text against its
 * background at 4.5:1 or more; no text cut off (an ellipsis instead of its words).
 */
public final class SeniorFriendly {

    public static final double MIN_TEXT_PX = 32;
    public static final double MIN_BUTTON_PX = 76;
    public static final double MIN_TARGET_PX = 60;
    public static final double MIN_CONTRAST = 4.5;

    private SeniorFriendly() {}

    /** Call on the FX thread. Returns how many texts were checked. */
    public static int check(Parent root) {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Node node : visibleNodes(root)) {
            if (node instanceof Button button && button.getHeight() < MIN_BUTTON_PX) {
                problems.add("button " + describe(button) + " is " + button.getHeight() + " px high");
            }
            if ((node instanceof Button || node.getStyleClass().contains("touch"))
                    && node instanceof Region target
                    && (target.getWidth() < MIN_TARGET_PX || target.getHeight() < MIN_TARGET_PX)) {
                problems.add(
                        "touch target " + describe(node) + " is " + target.getWidth() + " × " + target.getHeight());
            }
            if (node instanceof Labeled labeled
                    && labeled.getText() != null
                    && !labeled.getText().isBlank()) {
                checked++;
                if (labeled.lookup(".text") instanceof javafx.scene.text.Text shown
                        && !shown.getText()
                                .replace("\n", "")
                                .equals(labeled.getText().replace("\n", ""))) {
                    problems.add(describe(labeled) + " is cut off: shown as '" + shown.getText() + "'");
                }
                if (labeled.getFont().getSize() < MIN_TEXT_PX) {
                    problems.add(describe(labeled) + " has " + labeled.getFont().getSize() + " px text");
                }
                Paint fill = labeled.getTextFill();
                Color background = background(labeled);
                if (fill instanceof Color text && background != null) {
                    double ratio = contrast(text, background);
                    if (ratio < MIN_CONTRAST) {
                        problems.add(describe(labeled) + " contrast " + String.format("%.2f", ratio) + ":1");
                    }
                }
            }
        }
        assertThat(problems).as("senior-friendly screen").isEmpty();
        return checked;
    }

    private static List<Node> visibleNodes(Parent root) {
        List<Node> nodes = new ArrayList<>();
        collect(root, nodes);
        return nodes;
    }

    private static void collect(Node node, List<Node> into) {
        if (!node.isVisible()) {
            return;
        }
        into.add(node);
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, into);
            }
        }
    }

    private static Color background(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof Region region && region.getBackground() != null) {
                List<BackgroundFill> fills = region.getBackground().getFills();
                for (int i = fills.size() - 1; i >= 0; i--) {
                    if (fills.get(i).getFill() instanceof Color color && color.getOpacity() >= 0.99) {
                        return color;
                    }
                }
            }
        }
        return Color.WHITE;
    }

    static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    private static String describe(Node node) {
        String text = node instanceof Labeled l ? "'" + l.getText() + "'" : "";
        return node.getClass().getSimpleName() + (node.getId() == null ? "" : "#" + node.getId()) + text;
    }
}
