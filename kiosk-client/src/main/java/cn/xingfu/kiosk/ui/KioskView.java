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
import cn.xingfu.kiosk.session.Senior;
import cn.xingfu.kiosk.session.Words;
import java.util.List;
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
 * Draws the session's state. Every change re-renders the current screen from the state; each control keeps a
 * fixed place and size, so a change (sold out, a status, a message) never moves what a senior is about to touch.
 * No pop-up windows: the idle question is a layer of the same window.
 */
public final class KioskView {

    public static final double WIDTH = 1920;
    public static final double HEIGHT = 1080;
    private static final int COLUMNS = 3;

    private final KioskSession session;
    private final BorderPane frame = new BorderPane();
    private final StackPane idleLayer = new StackPane();
    private final StackPane root = new StackPane(frame, idleLayer);
    private final Timeline ticker;

    public KioskView(KioskSession session, int scanGapMillis) {
        this.session = session;
        root.getStylesheets().add(KioskView.class.getResource("kiosk.css").toExternalForm());
        root.getStyleClass().add("kiosk");
        idleLayer.getStyleClass().add("idle-layer");
        idleLayer.setId("idle-warning");
        Observable[] triggers = {
            session.screen(),
            session.lang(),
            session.kiosk(),
            session.online(),
            session.busy(),
            session.pendingCount(),
            session.message(),
            session.senior(),
            session.dishes(),
            session.channel(),
            session.payment(),
            session.quote(),
            session.confirmation(),
            session.idleWarning(),
            session.idleSecondsLeft(),
            session.notices()
        };
        for (Observable trigger : triggers) {
            trigger.addListener(o -> render());
        }
        KeyboardScanBuffer scanner =
                new KeyboardScanBuffer(session::scanned, TimeUnit.MILLISECONDS.toNanos(scanGapMillis));
        root.addEventFilter(KeyEvent.KEY_TYPED, e -> scanner.typed(e.getCharacter(), System.nanoTime()));
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                scanner.typed("\n", System.nanoTime());
            }
        });
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
        render();
    }

    public Parent root() {
        return root;
    }

    public Scene scene() {
        return new Scene(root, WIDTH, HEIGHT);
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

    private void render() {
        frame.setTop(topBar());
        frame.setBottom(staffBar());
        Node center = switch (session.screen().get()) {
            case WELCOME -> welcome();
            case MENU -> menu();
            case CONFIRMATION -> confirmation();
        };
        frame.setCenter(center);
        renderIdle();
    }

    private Node topBar() {
        KioskMe me = session.kiosk().get();
        Label canteen = label(me == null ? "幸福食堂" : me.canteenName(), "topbar-title");
        canteen.setId("canteen-name");
        Label status = label(session.online().get() ? t("online") : t("offline"), "topbar-status");
        status.setId("connection");
        Button language = button(t("switch"), "language-button", session::switchLanguage);
        language.setId("language");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(32, canteen, gap, status, language);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("topbar");
        return bar;
    }

    private Node staffBar() {
        int pending = session.pendingCount().get();
        Label count = label(pending == 0 ? t("staff.none") : t("staff.pending", pending), "staff-text");
        count.setId("pending-count");
        if (pending > 0) {
            count.getStyleClass().add("staff-pending");
        }
        List<Words> notices = session.notices();
        Label notice = label(notices.isEmpty() ? "" : notices.get(0).in(lang()), "staff-text");
        notice.setId("replay-notice");
        notice.setMaxWidth(1300);
        HBox bar = new HBox(48, count, notice);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("staffbar");
        return bar;
    }

    private Node welcome() {
        Label title = label(t("welcome.title"), "welcome-title");
        title.setId("welcome-title");
        KioskMe me = session.kiosk().get();
        String period = me == null || me.period() == null ? t("period.none") : t("period." + me.period());
        Label periodLabel = label(period, "body");
        periodLabel.setId("period");
        Label scan = label(session.busy().get() ? t("welcome.busy") : t("welcome.scan"), "scan-box");
        scan.setId("scan-instruction");
        Label message = messageLabel();
        VBox box = new VBox(40, title, periodLabel, scan, message);
        box.setAlignment(Pos.CENTER);
        box.setPadding(new Insets(40));
        return box;
    }

    private Label messageLabel() {
        Words words = session.message().get();
        Label message = label(words == null ? "" : "⚠ " + words.in(lang()), "message");
        message.setId("message");
        message.setWrapText(true);
        message.setMinHeight(140);
        message.setPrefHeight(140);
        message.setMaxHeight(140);
        message.setMaxWidth(Double.MAX_VALUE);
        if (words == null) {
            message.getStyleClass().add("message-empty");
        }
        return message;
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
                                "channel-" + channel,
                                t("channel." + channel),
                                channel.equals(session.channel().get()),
                                () -> session.chooseChannel(channel)));
            }
        }
        HBox payments = new HBox(16);
        for (String payment : List.of("WALLET", "CASH")) {
            payments.getChildren()
                    .add(choice(
                            "payment-" + payment,
                            t("payment." + payment),
                            payment.equals(session.payment().get()),
                            () -> session.choosePayment(payment)));
        }
        Label total = label(totalText(senior), "total");
        total.setId("total");
        total.setWrapText(true);
        total.setMinHeight(110);
        total.setPrefHeight(110);
        total.setMaxWidth(Double.MAX_VALUE);
        Button place = button(session.busy().get() ? t("placing") : t("place"), "place-button", session::placeOrder);
        place.setId("place-order");
        place.setMaxWidth(Double.MAX_VALUE);
        Button cancel = button(t("cancel"), "secondary-button", session::finish);
        cancel.setId("cancel");
        cancel.setMaxWidth(Double.MAX_VALUE);
        right.getChildren().addAll(channels, payments, total, messageLabel(), place, cancel);
        return new HBox(left, right);
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

    private Node dishButton(Dish dish, boolean offline) {
        MenuItem item = dish.item();
        boolean en = lang() == Lang.EN;
        VBox content = new VBox(6);
        content.getChildren().add(label(en && item.nameEn() != null ? item.nameEn() : item.name(), "dish-name"));
        String price = offline || item.estimatedSelfPay() == null
                ? t("dish.price.tbc", KioskSession.money(item.price()))
                : t("dish.price", KioskSession.money(item.price()), KioskSession.money(item.estimatedSelfPay()));
        content.getChildren().add(label(price, "dish-line"));
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
        Label stateLabel = label(state, "dish-state");
        stateLabel.setId("dish-state-" + item.menuItemId());
        content.getChildren().add(stateLabel);
        for (DishWarning warning : item.warnings()) {
            Label w = label("⚠ " + (en ? warning.messageEn() : warning.messageZh()), "dish-warning");
            w.setWrapText(true);
            content.getChildren().add(w);
        }
        Button button = new Button();
        button.setGraphic(content);
        button.setId("dish-" + item.menuItemId());
        button.getStyleClass().add("dish");
        if (!dish.orderable()) {
            button.getStyleClass().add("dish-unavailable");
        } else if (dish.selected()) {
            button.getStyleClass().add("dish-selected");
        }
        button.setPrefSize(400, 250);
        button.setMinSize(400, 250);
        button.setMaxSize(400, 250);
        button.setOnAction(e -> session.toggleDish(item.menuItemId()));
        return button;
    }

    private Button choice(String id, String text, boolean chosen, Runnable action) {
        Button button = button((chosen ? t("chosen") : "") + text, chosen ? "choice-chosen" : "choice", action);
        button.setId(id);
        button.setPrefWidth(272);
        button.setMinWidth(272);
        button.setWrapText(true);
        return button;
    }

    private Node confirmation() {
        Confirmation c = session.confirmation().get();
        VBox box = new VBox(28);
        box.setAlignment(Pos.CENTER);
        box.setPadding(new Insets(32));
        String title;
        if (c.rejection() != null) {
            title = t("confirm.rejected.title");
        } else if (c.queued()) {
            title = t("confirm.queued.title");
        } else {
            title = t("confirm.title");
        }
        Label titleLabel = label(title, "confirm-title");
        titleLabel.setId("confirm-title");
        box.getChildren().add(titleLabel);
        if (c.queued()) {
            Label text = label(t("confirm.queued.text"), "body");
            text.setWrapText(true);
            text.setMaxWidth(1400);
            box.getChildren().add(text);
        } else {
            box.getChildren().add(label(t("confirm.number"), "body"));
        }
        String number = c.orderNumber() != null ? c.orderNumber() : c.localRef();
        Label numberLabel = label(number == null ? "" : number, "order-number");
        numberLabel.setId("order-number");
        box.getChildren().add(numberLabel);
        Label status = label(statusText(c), "order-status");
        status.setId("order-status");
        status.setWrapText(true);
        status.setAlignment(Pos.CENTER);
        status.setMinSize(1300, 150);
        status.setPrefSize(1300, 150);
        status.setMaxSize(1300, 150);
        if (c.ready()) {
            status.getStyleClass().add("status-ready");
        } else if (c.rejection() != null) {
            status.getStyleClass().add("status-problem");
        }
        box.getChildren().add(status);
        box.getChildren().add(label(paymentText(c), "body"));
        Button done = button(t("confirm.done"), "place-button", session::finish);
        done.setId("done");
        done.setPrefWidth(600);
        box.getChildren().add(done);
        return box;
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

    private void renderIdle() {
        boolean show = session.idleWarning().get();
        idleLayer.setVisible(show);
        idleLayer.setMouseTransparent(!show);
        if (!show) {
            idleLayer.getChildren().clear();
            return;
        }
        Label title = label(t("idle.title"), "idle-title");
        title.setId("idle-title");
        Label left = label(t("idle.left", session.idleSecondsLeft().get()), "body");
        left.setId("idle-left");
        Button more = button(t("idle.more"), "place-button", session::touched);
        more.setId("more-time");
        more.setPrefWidth(700);
        VBox box = new VBox(40, title, left, more);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("idle-box");
        box.setMaxSize(1100, 560);
        idleLayer.getChildren().setAll(box);
    }

    private static Label label(String text, String style) {
        Label label = new Label(text);
        label.getStyleClass().add(style);
        return label;
    }

    private static Button button(String text, String style, Runnable action) {
        Button button = new Button(text);
        button.getStyleClass().add(style);
        button.setOnAction(e -> action.run());
        return button;
    }
}
