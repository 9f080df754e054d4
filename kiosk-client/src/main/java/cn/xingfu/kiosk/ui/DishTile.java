package cn.xingfu.kiosk.ui;

import static cn.xingfu.kiosk.ui.Widgets.button;
import static cn.xingfu.kiosk.ui.Widgets.label;
import static cn.xingfu.kiosk.ui.Widgets.style;
import static cn.xingfu.kiosk.ui.Widgets.wrapped;

import cn.xingfu.kiosk.canteen.DishWarning;
import cn.xingfu.kiosk.canteen.MenuItem;
import cn.xingfu.kiosk.session.Dish;
import cn.xingfu.kiosk.session.KioskSession;
import cn.xingfu.kiosk.session.Lang;
import javafx.event.Event;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;

/**
 * One dish: its picture (or a placeholder saying there is none), the name, the senior's own price as the largest
 * figure, the list price, allergens as icons and words, dietary warnings, and a state line that says in words what
 * colour also shows (chosen, sold out, not for you). The tile is as tall as its text needs; only the state line's
 * words change later, inside a line of fixed height, so nothing moves under a finger. Takeaway adds − / + steps.
 */
final class DishTile {

    static final double PICTURE_WIDTH = 200;
    static final double PICTURE_HEIGHT = 150;
    private static final double PADDING = 12;

    private final long id;
    private final VBox root = new VBox(6);
    private final Label state;
    private final Label portions;
    private final HBox stepper;
    private final ImageView picture = new ImageView();
    private final Label placeholder;

    DishTile(Dish dish, boolean offline, Lang lang, double width, KioskSession session) {
        MenuItem item = dish.item();
        this.id = item.menuItemId();
        boolean en = lang == Lang.EN;
        double textWidth = width - 2 * PADDING - PICTURE_WIDTH - 16;

        picture.setFitWidth(PICTURE_WIDTH);
        picture.setFitHeight(PICTURE_HEIGHT);
        picture.setPreserveRatio(true);
        picture.setSmooth(true);
        picture.setId("dish-picture-" + id);
        placeholder = wrapped(Texts.get("dish.nopicture", lang), "dish-placeholder", PICTURE_WIDTH - 16);
        placeholder.setId("dish-placeholder-" + id);
        Button minus = step("−", "dish-less-" + id, () -> session.stepDish(id, -1));
        Button plus = step("+", "dish-more-" + id, () -> session.stepDish(id, 1));
        portions = Emphasis.bold(label("", "dish-portions"));
        portions.setId("dish-portions-" + id);
        portions.setMinWidth(48);
        portions.setAlignment(Pos.CENTER);
        // takeaway portions sit on the picture's lower edge, so choosing them never changes the tile's height
        stepper = new HBox(0, minus, portions, plus);
        stepper.setAlignment(Pos.CENTER);
        stepper.getStyleClass().add("dish-stepper");
        stepper.setMaxHeight(76);
        StackPane frame = new StackPane(placeholder, picture, stepper);
        StackPane.setAlignment(stepper, Pos.BOTTOM_CENTER);
        frame.getStyleClass().add("dish-frame");
        frame.setMinSize(PICTURE_WIDTH, PICTURE_HEIGHT);
        frame.setMaxSize(PICTURE_WIDTH, PICTURE_HEIGHT);
        Rectangle clip = new Rectangle(PICTURE_WIDTH, PICTURE_HEIGHT);
        clip.setArcWidth(20);
        clip.setArcHeight(20);
        frame.setClip(clip);

        Label name = Emphasis.bold(
                wrapped(en && item.nameEn() != null ? item.nameEn() : item.name(), "dish-name", textWidth));
        name.setId("dish-name-" + id);
        String pay = offline || item.estimatedSelfPay() == null
                ? Texts.get("dish.pay.tbc", lang)
                : Texts.get("dish.pay", lang, KioskSession.money(item.estimatedSelfPay()));
        Label payLabel = Emphasis.bold(wrapped(pay, "dish-pay", textWidth));
        payLabel.setId("dish-pay-" + id);
        Label price = wrapped(Texts.get("dish.price", lang, KioskSession.money(item.price())), "dish-line", textWidth);
        state = wrapped("", "dish-state", textWidth);
        state.setId("dish-state-" + id);
        VBox words = new VBox(2, name, payLabel, price, state);
        HBox.setHgrow(words, Priority.ALWAYS);
        HBox top = new HBox(16, frame, words);
        root.getChildren().add(top);

        if (!item.allergens().isEmpty()) {
            FlowPane allergens = new FlowPane(16, 8);
            allergens.setPrefWrapLength(width - 2 * PADDING);
            allergens.getChildren().add(label(Texts.get("dish.allergens", lang), "dish-line"));
            item.allergens().forEach(a -> allergens.getChildren().add(AllergenBadge.of(a, lang)));
            root.getChildren().add(allergens);
        }
        for (DishWarning warning : item.warnings()) {
            Label line = wrapped(
                    "⚠ " + (en ? warning.messageEn() : warning.messageZh()), "dish-warning", width - 2 * PADDING);
            line.getStyleClass().add(warning.blocking() ? "dish-warning-blocking" : "dish-warning-advice");
            root.getChildren().add(line);
        }

        root.getStyleClass().addAll("dish", "touch");
        root.setId("dish-" + id);
        root.setAccessibleRole(AccessibleRole.BUTTON);
        root.setMinWidth(width);
        root.setPrefWidth(width);
        root.setMaxWidth(width);
        root.setMinHeight(Region.USE_PREF_SIZE);
        root.setOnMouseClicked(e -> session.toggleDish(id));
    }

    private static Button step(String sign, String id, Runnable action) {
        Button button = button(sign, "step-button", action);
        button.setId(id);
        button.setMinSize(76, 76);
        button.setPrefSize(76, 76);
        button.setMaxSize(76, 76);
        // the tap on a step must not also choose or un-choose the dish beneath it
        button.addEventHandler(MouseEvent.MOUSE_CLICKED, Event::consume);
        return Emphasis.bold(button);
    }

    VBox root() {
        return root;
    }

    long id() {
        return id;
    }

    void update(Dish dish, boolean takeaway, Lang lang) {
        MenuItem item = dish.item();
        String text;
        if (item.blocked()) {
            text = Texts.get("dish.blocked", lang);
        } else if (item.soldOut()) {
            text = Texts.get("dish.soldout", lang);
        } else if (dish.selected()) {
            text = takeaway
                    ? Texts.get("dish.selected.portions", lang, dish.quantity())
                    : Texts.get("dish.selected", lang);
        } else if (item.portionsLeft() != null) {
            text = Texts.get("dish.left", lang, item.portionsLeft()) + "  " + Texts.get("dish.tap", lang);
        } else {
            text = Texts.get("dish.tap", lang);
        }
        state.setText(text);
        boolean steps = takeaway && dish.selected() && dish.orderable();
        stepper.setVisible(steps);
        portions.setText(Integer.toString(dish.quantity()));
        style(root, "dish-unavailable", !dish.orderable());
        style(root, "dish-selected", dish.orderable() && dish.selected());
    }

    void show(Image image) {
        picture.setImage(image);
        placeholder.setVisible(image == null);
    }
}
