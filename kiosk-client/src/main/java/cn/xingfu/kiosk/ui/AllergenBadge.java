package cn.xingfu.kiosk.ui;

import cn.xingfu.kiosk.session.Lang;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;

/**
 * An allergen as an icon and a word: a coloured square holding the allergen's character (蛋, 奶, 虾, ...), which
 * older readers know at a glance, followed by its name in the screen's language.
 */
final class AllergenBadge {

    private record Look(String glyph, String zh, String en, String style) {}

    private static final Map<String, Look> LOOKS = Map.of(
            "PEANUT", new Look("花", "花生", "Peanut", "allergen-nut"),
            "TREE_NUT", new Look("果", "坚果", "Tree nuts", "allergen-nut"),
            "SHELLFISH", new Look("虾", "虾蟹", "Shellfish", "allergen-sea"),
            "FISH", new Look("鱼", "鱼", "Fish", "allergen-sea"),
            "EGG", new Look("蛋", "蛋", "Egg", "allergen-egg"),
            "MILK", new Look("奶", "奶", "Milk", "allergen-milk"),
            "SOY", new Look("豆", "大豆", "Soy", "allergen-soy"),
            "WHEAT", new Look("麦", "小麦", "Wheat", "allergen-wheat"),
            "SESAME", new Look("芝", "芝麻", "Sesame", "allergen-nut"));

    private AllergenBadge() {}

    static HBox of(String allergen, Lang lang) {
        Look look = LOOKS.getOrDefault(allergen, new Look("！", allergen, allergen, "allergen-other"));
        Label glyph = Emphasis.bold(new Label(look.glyph()));
        glyph.getStyleClass().add("allergen-glyph");
        StackPane icon = new StackPane(glyph);
        icon.getStyleClass().addAll("allergen-icon", look.style());
        icon.setMinSize(48, 48);
        icon.setMaxSize(48, 48);
        Label word = new Label(lang == Lang.EN ? look.en() : look.zh());
        word.getStyleClass().add("allergen-word");
        HBox badge = new HBox(8, icon, word);
        badge.setAlignment(Pos.CENTER_LEFT);
        badge.getStyleClass().add("allergen");
        badge.setId("allergen-" + allergen);
        return badge;
    }
}
