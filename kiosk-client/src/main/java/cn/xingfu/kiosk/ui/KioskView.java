package cn.xingfu.kiosk.ui;

import cn.xingfu.kiosk.canteen.DishWarning;
import cn.xingfu.kiosk.canteen.KioskMe;
import cn.xingfu.kiosk.canteen.MenuItem;
import cn.xingfu.kiosk.canteen.Quote;
import cn.xingfu.kiosk.scanning.KeyboardScanBuffer;
import cn.xingfu.kiosk.session.Confirmation;
import cn.xingfu.kiosk.session.Dish;
import cn.xingfu.kiosk.session.KioskSession;
import cn.xingfu.kiosk.session.Lang;
import cn.xingfu.kiosk.session.Phrases;
import cn.xingfu.kiosk.session.Screen;
import cn.xingfu.kiosk.session.Senior;
import cn.xingfu.kiosk.session.Words;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.Observable;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TouchEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * Draws the session's state. A screen is built when the senior moves to it (or switches language); after that,
 * live changes (sold out, a status, a message, the price) only update the text and style of controls that stay
 * where they are, so nothing is replaced or moves under a senior's finger. No pop-up windows: the idle question
 * is a layer of the same window.
 */
public final class KioskView {

    public static final double WIDTH = 1920;
    public static final double HEIGHT = 1080;
    private static final int COLUMNS = 3;
    private static final double DISH_WIDTH = 400;
    private static final double DISH_HEIGHT = 320;

    private final KioskSession session;
    private final BorderPane frame = new BorderPane();
    private final StackPane idleLayer = new StackPane();
    private final StackPane root = new StackPane(frame, idleLayer);
    private final Timeline ticker;
    private final KeyboardScanBuffer scanner;

    // controls that live changes update in place
    private final Map<Long, Button> dishButtons = new HashMap<>();
    private final Map<Long, Label> dishStates = new HashMap<>();
    private final Map<String, Button> choices = new HashMap<>();
    private Label canteenName;
    private Label connection;
    private Label pendingLabel;
    private Label noticeLabel;
    private Label periodLabel;
    private Label scanLabel;
    private Label messageLabel;
    private Label totalLabel;
    private Button placeButton;
    private Label titleLabel;
    private Label queuedText;
    private Label numberCaption;
    private Label numberLabel;
    private Label statusLabel;
    private Label paymentLabel;
    private Label idleLeft;
    private Screen builtScreen;
    private boolean idleBuilt;

    public KioskView(KioskSession session, int scanGapMillis) {
        this.session = session;
        root.getStylesheets().add(KioskView.class.getResource("kiosk.css").toExternalForm());
        root.getStyleClass().add("kiosk");
        idleLayer.getStyleClass().add("idle-layer");
        idleLayer.setId("idle-warning");
        for (Observable structural : new Observable[] {session.screen(), session.lang(), session.senior()}) {
            structural.addListener(o -> build());
        }
        Observable[] live = {
            session.kiosk(),
            session.online(),
            session.busy(),
            session.pendingCount(),
            session.message(),
            session.dishes(),
            session.channel(),
            session.payment(),
            session.quote(),
            session.confirmation(),
            session.idleWarning(),
            session.idleSecondsLeft(),
            session.notices()
        };
        for (Observable trigger : live) {
            trigger.addListener(o -> refresh());
        }
        this.scanner = new KeyboardScanBuffer(session::scanned, TimeUnit.MILLISECONDS.toNanos(scanGapMillis));
        root.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            boolean warning = session.idleWarning().get();
            session.touched();
            if (warning) {
                // the touch that answers "need more time?" must not also press what lies beneath
                e.consume();
            }
        });
        root.addEventFilter(TouchEvent.TOUCH_PRESSED, e -> session.touched());
        ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> session.tick()));
        ticker.setCycleCount(Timeline.INDEFINITE);
        ticker.play();
        build();
    }

    public Parent root() {
        return root;
    }

    public Scene scene() {
        Scene scene = new Scene(root, WIDTH, HEIGHT);
        // the keyboard is the QR scanner: its keys never reach a control (Enter must not press a button)
        scene.addEventFilter(KeyEvent.ANY, e -> {
            if (e.getEventType() == KeyEvent.KEY_TYPED) {
                scanner.typed(e.getCharacter(), System.nanoTime());
            } else if (e.getEventType() == KeyEvent.KEY_PRESSED && e.getCode() == KeyCode.ENTER) {
                scanner.typed("\n", System.nanoTime());
            }
            e.consume();
        });
        return scene;
    }

    public void stop() {
        ticker.stop();
    }

    private Lang lang() {
        return session.lang().get();
    }

    private String t(String key, Object... args) {
        return Texts.get(key, lang(), args);
    }

    // ---- building a screen ----

    private void build() {
        dishButtons.clear();
        dishStates.clear();
        choices.clear();
        frame.setTop(topBar());
        frame.setBottom(staffBar());
        Screen screen = session.screen().get();
        Node center = switch (screen) {
            case WELCOME -> welcome();
            case MENU -> session.senior().get() == null ? welcome() : menu();
            case CONFIRMATION -> confirmation();
        };
        builtScreen = screen;
        frame.setCenter(center);
        idleBuilt = false;
        refresh();
    }

    private Node topBar() {
        canteenName = label("", "topbar-title");
        canteenName.setId("canteen-name");
        connection = label("", "topbar-status");
        connection.setId("connection");
        Button language = button(t("switch"), "language-button", session::switchLanguage);
        language.setId("language");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(32, canteenName, gap, connection, language);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("topbar");
        return bar;
    }

    private Node staffBar() {
        pendingLabel = label("", "staff-text");
        pendingLabel.setId("pending-count");
        noticeLabel = label("", "staff-text");
        noticeLabel.setId("replay-notice");
        noticeLabel.setMaxWidth(1300);
        HBox bar = new HBox(48, pendingLabel, noticeLabel);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("staffbar");
        return bar;
    }

    private Node welcome() {
        Label title = label(t("welcome.title"), "welcome-title");
        title.setId("welcome-title");
        periodLabel = label("", "body");
        periodLabel.setId("period");
        scanLabel = label("", "scan-box");
        scanLabel.setId("scan-instruction");
        VBox box = new VBox(40, title, periodLabel, scanLabel, newMessageLabel());
        box.setAlignment(Pos.CENTER);
        box.setPadding(new Insets(40));
        return box;
    }

    private Label newMessageLabel() {
        messageLabel = label("", "message");
        messageLabel.setId("message");
        messageLabel.setWrapText(true);
        messageLabel.setMinHeight(140);
        messageLabel.setPrefHeight(140);
        messageLabel.setMaxHeight(140);
        messageLabel.setMaxWidth(Double.MAX_VALUE);
        return messageLabel;
    }

    private Node menu() {
        Senior senior = session.senior().get();
        Label hello = label(
                senior.maskedName() != null
                        ? t("menu.hello", senior.maskedName())
                        : t("menu.hello", t("menu.card", senior.cardId())),
                "senior-name");
        hello.setId("senior-name");
        Label subsidy = label(senior.subsidy().in(lang()), "body");
        subsidy.setId("subsidy");
        HBox header = new HBox(40, hello, subsidy);
        header.setAlignment(Pos.CENTER_LEFT);
        if (senior.walletBalance() != null) {
            Label balance = label(t("menu.balance", KioskSession.money(senior.walletBalance())), "body");
            balance.setId("balance");
            header.getChildren().add(balance);
        }
        VBox left = new VBox(16, header);
        if (senior.offline()) {
            Label offline = label(t("menu.offline"), "offline-banner");
            offline.setId("offline-banner");
            offline.setWrapText(true);
            offline.setMaxWidth(Double.MAX_VALUE);
            left.getChildren().add(offline);
        }
        left.getChildren().add(label(t("menu.choose"), "step"));
        GridPane grid = new GridPane();
        grid.setHgap(20);
        grid.setVgap(20);
        List<Dish> dishes = session.dishes();
        for (int i = 0; i < dishes.size(); i++) {
            grid.add(dishButton(dishes.get(i), senior.offline()), i % COLUMNS, i / COLUMNS);
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setPannable(false);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("dish-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        left.getChildren().add(scroll);
        left.setPadding(new Insets(24));
        HBox.setHgrow(left, Priority.ALWAYS);

        VBox right = new VBox(20);
        right.setPadding(new Insets(24));
        right.setPrefWidth(600);
        right.setMinWidth(600);
        right.getStyleClass().add("side");
        right.getChildren().add(label(t("menu.how"), "step"));
        HBox channels = new HBox(16);
        for (String channel : List.of("DINE_IN", "TAKEAWAY")) {
            if (senior.channels().isEmpty() || senior.channels().contains(channel)) {
                channels.getChildren()
                        .add(choice(
                                "channel-" + channel, t("channel." + channel), () -> session.chooseChannel(channel)));
            }
        }
        HBox payments = new HBox(16);
        for (String payment : List.of("WALLET", "CASH")) {
            payments.getChildren()
                    .add(choice("payment-" + payment, t("payment." + payment), () -> session.choosePayment(payment)));
        }
        totalLabel = label("", "total");
        totalLabel.setId("total");
        totalLabel.setWrapText(true);
        totalLabel.setMinHeight(110);
        totalLabel.setPrefHeight(110);
        totalLabel.setMaxWidth(Double.MAX_VALUE);
        placeButton = button(t("place"), "place-button", session::placeOrder);
        placeButton.setId("place-order");
        placeButton.setMaxWidth(Double.MAX_VALUE);
        Button cancel = button(t("cancel"), "secondary-button", session::finish);
        cancel.setId("cancel");
        cancel.setMaxWidth(Double.MAX_VALUE);
        right.getChildren().addAll(channels, payments, totalLabel, newMessageLabel(), placeButton, cancel);
        return new HBox(left, right);
    }

    private Node dishButton(Dish dish, boolean offline) {
        MenuItem item = dish.item();
        boolean en = lang() == Lang.EN;
        VBox content = new VBox(4);
        content.getChildren().add(wrapped(en && item.nameEn() != null ? item.nameEn() : item.name(), "dish-name"));
        content.getChildren().add(wrapped(t("dish.price", KioskSession.money(item.price())), "dish-line"));
        String pay = offline || item.estimatedSelfPay() == null
                ? t("dish.pay.tbc")
                : t("dish.pay", KioskSession.money(item.estimatedSelfPay()));
        content.getChildren().add(wrapped(pay, "dish-pay"));
        Label stateLabel = wrapped("", "dish-state");
        stateLabel.setId("dish-state-" + item.menuItemId());
        content.getChildren().add(stateLabel);
        for (DishWarning warning : item.warnings()) {
            content.getChildren().add(wrapped("⚠ " + (en ? warning.messageEn() : warning.messageZh()), "dish-warning"));
        }
        Button button = new Button();
        button.setFocusTraversable(false);
        button.setGraphic(content);
        button.setId("dish-" + item.menuItemId());
        button.getStyleClass().add("dish");
        button.setPrefSize(DISH_WIDTH, DISH_HEIGHT);
        button.setMinSize(DISH_WIDTH, DISH_HEIGHT);
        button.setMaxSize(DISH_WIDTH, DISH_HEIGHT);
        button.setOnAction(e -> session.toggleDish(item.menuItemId()));
        dishButtons.put(item.menuItemId(), button);
        dishStates.put(item.menuItemId(), stateLabel);
        return button;
    }

    private Button choice(String id, String text, Runnable action) {
        Button button = button(text, "choice", action);
        button.setId(id);
        button.setUserData(text);
        button.setPrefWidth(272);
        button.setMinWidth(272);
        button.setWrapText(true);
        choices.put(id, button);
        return button;
    }

    private Node confirmation() {
        VBox box = new VBox(16);
        box.setAlignment(Pos.CENTER);
        box.setPadding(new Insets(20));
        titleLabel = label("", "confirm-title");
        titleLabel.setId("confirm-title");
        queuedText = label(t("confirm.queued.text"), "body");
        queuedText.setId("queued-text");
        queuedText.setWrapText(true);
        queuedText.setMaxWidth(1400);
        queuedText.setMinHeight(Region.USE_PREF_SIZE);
        numberCaption = label(t("confirm.number"), "body");
        numberLabel = label("", "order-number");
        numberLabel.setId("order-number");
        statusLabel = label("", "order-status");
        statusLabel.setId("order-status");
        statusLabel.setWrapText(true);
        statusLabel.setAlignment(Pos.CENTER);
        statusLabel.setMinSize(1300, 150);
        statusLabel.setPrefSize(1300, 150);
        statusLabel.setMaxSize(1300, 150);
        paymentLabel = label("", "body");
        paymentLabel.setId("payment");
        Button done = button(t("confirm.done"), "place-button", session::finish);
        done.setId("done");
        done.setPrefWidth(600);
        box.getChildren().addAll(titleLabel, queuedText, numberCaption, numberLabel, statusLabel, paymentLabel, done);
        return box;
    }

    // ---- live changes, in place ----

    private void refresh() {
        if (session.screen().get() != builtScreen) {
            build();
            return;
        }
        KioskMe me = session.kiosk().get();
        canteenName.setText(me == null ? "幸福食堂" : me.canteenName());
        connection.setText(session.online().get() ? t("online") : t("offline"));
        int pending = session.pendingCount().get();
        pendingLabel.setText(pending == 0 ? t("staff.none") : t("staff.pending", pending));
        style(pendingLabel, "staff-pending", pending > 0);
        List<Words> notices = session.notices();
        noticeLabel.setText(notices.isEmpty() ? "" : notices.get(0).in(lang()));
        Words message = session.message().get();
        messageLabel.setText(message == null ? "" : "⚠ " + message.in(lang()));
        style(messageLabel, "message-empty", message == null);
        switch (builtScreen) {
            case WELCOME -> refreshWelcome(me);
            case MENU -> refreshMenu();
            case CONFIRMATION -> refreshConfirmation();
        }
        refreshIdle();
    }

    private void refreshWelcome(KioskMe me) {
        periodLabel.setText(me == null || me.period() == null ? t("period.none") : t("period." + me.period()));
        scanLabel.setText(session.busy().get() ? t("welcome.busy") : t("welcome.scan"));
    }

    private void refreshMenu() {
        Senior senior = session.senior().get();
        if (senior == null || totalLabel == null) {
            return;
        }
        List<Dish> dishes = session.dishes();
        if (dishes.size() != dishButtons.size()
                || dishes.stream()
                        .anyMatch(d -> !dishButtons.containsKey(d.item().menuItemId()))) {
            build();
            return;
        }
        for (Dish dish : dishes) {
            MenuItem item = dish.item();
            String state;
            if (item.blocked()) {
                state = t("dish.blocked");
            } else if (item.soldOut()) {
                state = t("dish.soldout");
            } else if (dish.selected()) {
                state = t("dish.selected");
            } else if (item.portionsLeft() != null) {
                state = t("dish.left", item.portionsLeft()) + "  " + t("dish.tap");
            } else {
                state = t("dish.tap");
            }
            dishStates.get(item.menuItemId()).setText(state);
            Button button = dishButtons.get(item.menuItemId());
            style(button, "dish-unavailable", !dish.orderable());
            style(button, "dish-selected", dish.orderable() && dish.selected());
        }
        choices.forEach((id, button) -> {
            boolean chosen = id.equals("channel-" + session.channel().get())
                    || id.equals("payment-" + session.payment().get());
            button.setText((chosen ? t("chosen") : "") + button.getUserData());
            style(button, "choice-chosen", chosen);
            style(button, "choice", !chosen);
        });
        totalLabel.setText(totalText(senior));
        placeButton.setText(session.busy().get() ? t("placing") : t("place"));
    }

    private String totalText(Senior senior) {
        if (!session.hasSelection()) {
            return t("total.none");
        }
        if (senior.offline()) {
            return t("total.tbc");
        }
        Quote quote = session.quote().get();
        if (quote == null) {
            return t("total.pending");
        }
        return t(
                "total.quote",
                KioskSession.money(quote.gross()),
                KioskSession.money(quote.subsidy()),
                KioskSession.money(quote.selfPay()));
    }

    private void refreshConfirmation() {
        Confirmation c = session.confirmation().get();
        if (c == null || titleLabel == null) {
            return;
        }
        if (c.rejection() != null) {
            titleLabel.setText(t("confirm.rejected.title"));
        } else if (c.queued()) {
            titleLabel.setText(t("confirm.queued.title"));
        } else {
            titleLabel.setText(t("confirm.title"));
        }
        queuedText.setVisible(c.queued());
        queuedText.setManaged(c.queued());
        numberCaption.setVisible(!c.queued());
        numberCaption.setManaged(!c.queued());
        String number = c.orderNumber() != null ? c.orderNumber() : c.localRef();
        numberLabel.setText(number == null ? "" : number);
        statusLabel.setText(statusText(c));
        style(statusLabel, "status-ready", c.ready());
        style(statusLabel, "status-problem", c.rejection() != null);
        paymentLabel.setText(paymentText(c));
    }

    private String statusText(Confirmation c) {
        if (c.rejection() != null) {
            return c.rejection().in(lang());
        }
        if (c.queued()) {
            return t("confirm.status", lang() == Lang.EN ? "waiting for the connection" : "等待联网确认");
        }
        if (c.ready()) {
            return t("confirm.ready");
        }
        return t("confirm.status", Phrases.status(c.status()).in(lang()));
    }

    private String paymentText(Confirmation c) {
        String channel = t("channel." + c.channel());
        String pay;
        if ("CASH".equals(c.payment())) {
            pay = c.selfPay() == null ? t("confirm.cash.later") : t("confirm.cash", KioskSession.money(c.selfPay()));
        } else if (c.selfPay() != null && "PAID".equals(c.paymentStatus())) {
            pay = t("confirm.paid", KioskSession.money(c.selfPay()));
        } else {
            pay = t("payment.WALLET");
        }
        return channel + "  ·  " + pay;
    }

    private void refreshIdle() {
        boolean show = session.idleWarning().get();
        idleLayer.setVisible(show);
        idleLayer.setMouseTransparent(!show);
        if (!show) {
            return;
        }
        if (!idleBuilt) {
            Label title = label(t("idle.title"), "idle-title");
            title.setId("idle-title");
            idleLeft = label("", "body");
            idleLeft.setId("idle-left");
            Button more = button(t("idle.more"), "place-button", session::touched);
            more.setId("more-time");
            more.setPrefWidth(700);
            VBox box = new VBox(40, title, idleLeft, more);
            box.setAlignment(Pos.CENTER);
            box.getStyleClass().add("idle-box");
            box.setMaxSize(1100, 560);
            idleLayer.getChildren().setAll(box);
            idleBuilt = true;
        }
        idleLeft.setText(t("idle.left", session.idleSecondsLeft().get()));
    }

    private static void style(Node node, String styleClass, boolean on) {
        if (on && !node.getStyleClass().contains(styleClass)) {
            node.getStyleClass().add(styleClass);
        } else if (!on) {
            node.getStyleClass().remove(styleClass);
        }
    }

    private static Label wrapped(String text, String style) {
        Label label = label(text, style);
        label.setWrapText(true);
        label.setMaxWidth(DISH_WIDTH - 40);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private static Label label(String text, String style) {
        Label label = new Label(text);
        label.getStyleClass().add(style);
        return label;
    }

    private static Button button(String text, String style, Runnable action) {
        Button button = new Button(text);
        button.setFocusTraversable(false);
        button.getStyleClass().add(style);
        button.setOnAction(e -> action.run());
        return button;
    }
}
