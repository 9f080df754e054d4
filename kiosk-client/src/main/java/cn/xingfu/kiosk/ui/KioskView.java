package cn.xingfu.kiosk.ui;

import static cn.xingfu.kiosk.ui.Widgets.button;
import static cn.xingfu.kiosk.ui.Widgets.label;
import static cn.xingfu.kiosk.ui.Widgets.style;

import cn.xingfu.kiosk.canteen.KioskMe;
import cn.xingfu.kiosk.scanning.KeyboardScanBuffer;
import cn.xingfu.kiosk.session.Confirmation;
import cn.xingfu.kiosk.session.KioskSession;
import cn.xingfu.kiosk.session.Lang;
import cn.xingfu.kiosk.session.Phrases;
import cn.xingfu.kiosk.session.Screen;
import cn.xingfu.kiosk.session.Senior;
import cn.xingfu.kiosk.session.Words;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.Observable;
import javafx.collections.MapChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TouchEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * Draws the session's state. A screen is built when the senior moves to it (or switches language); after that,
 * live changes (sold out, a status, a message, the price, a picture arriving) only update the text and style of
 * controls that stay where they are, so nothing is replaced or moves under a senior's finger. No pop-up windows:
 * the idle question and the "switch senior?" question are layers of the same window.
 */
public final class KioskView {

    public static final double WIDTH = 1920;
    public static final double HEIGHT = 1080;

    private final KioskSession session;
    private final BorderPane frame = new BorderPane();
    private final StackPane switchLayer = new StackPane();
    private final StackPane idleLayer = new StackPane();
    private final StackPane root = new StackPane(frame, switchLayer, idleLayer);
    private final Timeline ticker;
    private final KeyboardScanBuffer scanner;
    private final MenuScreen menu;

    private Label canteenName;
    private Label connection;
    private Label pendingLabel;
    private Label noticeLabel;
    private Button voiceButton;
    private Label periodLabel;
    private Label scanLabel;
    private Label messageLabel;
    private Label titleLabel;
    private Label queuedText;
    private Label numberCaption;
    private Label numberLabel;
    private Label statusLabel;
    private Label paymentLabel;
    private Label idleLeft;
    private Screen builtScreen;
    private Senior builtFor;
    private boolean idleBuilt;
    private boolean switchBuilt;

    public KioskView(KioskSession session, int scanGapMillis) {
        this.session = session;
        this.menu = new MenuScreen(session);
        root.getStylesheets().add(KioskView.class.getResource("kiosk.css").toExternalForm());
        root.getStyleClass().add("kiosk");
        idleLayer.getStyleClass().add("idle-layer");
        idleLayer.setId("idle-warning");
        switchLayer.getStyleClass().add("idle-layer");
        switchLayer.setId("switch-question");
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
            session.quoteFailed(),
            session.confirmation(),
            session.idleWarning(),
            session.idleSecondsLeft(),
            session.notices(),
            session.switchCard(),
            session.voiceOn()
        };
        for (Observable trigger : live) {
            trigger.addListener(o -> refresh());
        }
        session.images().addListener((MapChangeListener<String, javafx.scene.image.Image>) change -> refresh());
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

    /** The menu's page now shown and how many there are (for tests and staff). */
    public int menuPage() {
        return menu.page();
    }

    public int menuPages() {
        return menu.pageCount();
    }

    public List<Long> shownDishes() {
        return menu.shownDishes();
    }

    private Lang lang() {
        return session.lang().get();
    }

    private String t(String key, Object... args) {
        return Texts.get(key, lang(), args);
    }

    // ---- building a screen ----

    private void build() {
        frame.setTop(topBar());
        frame.setBottom(staffBar());
        Screen screen = session.screen().get();
        Senior senior = session.senior().get();
        messageLabel = newMessageLabel();
        boolean sameSenior =
                senior != null && builtFor != null && senior.cardToken().equals(builtFor.cardToken());
        Node center = switch (screen) {
            case WELCOME -> welcome();
            case MENU ->
                senior == null ? welcome() : menu.build(senior, sameSenior && builtScreen == Screen.MENU, messageLabel);
            case CONFIRMATION -> confirmation();
        };
        builtScreen = senior == null && screen == Screen.MENU ? Screen.WELCOME : screen;
        builtFor = senior;
        frame.setCenter(center);
        idleBuilt = false;
        switchBuilt = false;
        if (builtScreen == Screen.MENU) {
            // lay the tiles out once so the pages hold what really fits
            root.applyCss();
            root.layout();
            menu.paginate();
        }
        refresh();
    }

    private Node topBar() {
        canteenName = Emphasis.bold(label("", "topbar-title"));
        canteenName.setId("canteen-name");
        connection = label("", "topbar-status");
        connection.setId("connection");
        Button language = Emphasis.bold(button(t("switch"), "language-button", session::switchLanguage));
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
        noticeLabel.setMaxWidth(1150);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        voiceButton = button("", "staff-button", session::toggleVoice);
        voiceButton.setId("voice-toggle");
        HBox bar = new HBox(40, pendingLabel, noticeLabel, gap, voiceButton);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("staffbar");
        return bar;
    }

    private Node welcome() {
        Label title = Emphasis.bold(label(t("welcome.title"), "welcome-title"));
        title.setId("welcome-title");
        periodLabel = label("", "body");
        periodLabel.setId("period");
        scanLabel = label("", "scan-box");
        scanLabel.setId("scan-instruction");
        VBox box = new VBox(40, title, periodLabel, scanLabel, messageLabel);
        box.setAlignment(Pos.CENTER);
        box.setPadding(new Insets(40));
        messageLabel.setMinHeight(140);
        messageLabel.setPrefHeight(140);
        messageLabel.setMaxHeight(140);
        return box;
    }

    private Label newMessageLabel() {
        Label label = label("", "message");
        label.setId("message");
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }

    private Node confirmation() {
        VBox box = new VBox(16);
        box.setAlignment(Pos.CENTER);
        box.setPadding(new Insets(20));
        titleLabel = Emphasis.bold(label("", "confirm-title"));
        titleLabel.setId("confirm-title");
        queuedText = label(t("confirm.queued.text"), "body");
        queuedText.setId("queued-text");
        queuedText.setWrapText(true);
        queuedText.setMaxWidth(1400);
        queuedText.setMinHeight(Region.USE_PREF_SIZE);
        numberCaption = label(t("confirm.number"), "body");
        numberLabel = Emphasis.bold(label("", "order-number"));
        numberLabel.setId("order-number");
        statusLabel = Emphasis.bold(label("", "order-status"));
        statusLabel.setId("order-status");
        statusLabel.setWrapText(true);
        statusLabel.setAlignment(Pos.CENTER);
        statusLabel.setMinSize(1300, 150);
        statusLabel.setPrefSize(1300, 150);
        statusLabel.setMaxSize(1300, 150);
        paymentLabel = label("", "body");
        paymentLabel.setId("payment");
        Button done = Emphasis.bold(button(t("confirm.done"), "place-button", session::finish));
        done.setId("done");
        done.setPrefWidth(600);
        box.getChildren().addAll(titleLabel, queuedText, numberCaption, numberLabel, statusLabel, paymentLabel, done);
        return box;
    }

    // ---- live changes, in place ----

    private void refresh() {
        Screen wanted =
                session.screen().get() == Screen.MENU && session.senior().get() == null
                        ? Screen.WELCOME
                        : session.screen().get();
        if (wanted != builtScreen) {
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
        voiceButton.setText(session.voiceOn().get() ? t("voice.on") : t("voice.off"));
        Words message = session.message().get();
        messageLabel.setText(message == null ? "" : "⚠ " + message.in(lang()));
        style(messageLabel, "message-empty", message == null);
        switch (builtScreen) {
            case WELCOME -> refreshWelcome(me);
            case MENU -> refreshMenu();
            case CONFIRMATION -> refreshConfirmation();
        }
        refreshSwitch();
        refreshIdle();
    }

    private void refreshWelcome(KioskMe me) {
        periodLabel.setText(me == null || me.period() == null ? t("period.none") : t("period." + me.period()));
        scanLabel.setText(session.busy().get() ? t("welcome.busy") : t("welcome.scan"));
    }

    private void refreshMenu() {
        Senior senior = session.senior().get();
        if (senior == null) {
            return;
        }
        if (session.dishes().size() != menu.tiles().size()
                || session.dishes().stream()
                        .anyMatch(d -> !menu.tiles().containsKey(d.item().menuItemId()))) {
            build();
            return;
        }
        menu.refresh(senior);
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

    private void refreshSwitch() {
        boolean show = session.switchCard().get() != null;
        switchLayer.setVisible(show);
        switchLayer.setMouseTransparent(!show);
        if (!show || switchBuilt) {
            return;
        }
        Label title = Emphasis.bold(label(t("switch.title"), "idle-title"));
        title.setId("switch-title");
        Label text = label(t("switch.text"), "body");
        text.setWrapText(true);
        text.setMaxWidth(1000);
        text.setMinHeight(Region.USE_PREF_SIZE);
        Button stay = Emphasis.bold(button(t("switch.no"), "place-button", () -> session.answerSwitch(false)));
        stay.setId("switch-no");
        stay.setPrefWidth(460);
        Button change = Emphasis.bold(button(t("switch.yes"), "secondary-button", () -> session.answerSwitch(true)));
        change.setId("switch-yes");
        change.setPrefWidth(460);
        change.setMinHeight(120);
        HBox buttons = new HBox(40, stay, change);
        buttons.setAlignment(Pos.CENTER);
        switchLayer.getChildren().setAll(question(1200, 620, title, text, buttons));
        switchBuilt = true;
    }

    /** A question on a layer of its own over the screen (never a pop-up window). */
    private static VBox question(double width, double height, Node... parts) {
        VBox box = new VBox(40, parts);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("idle-box");
        box.setMaxSize(width, height);
        return box;
    }

    private void refreshIdle() {
        boolean show = session.idleWarning().get();
        idleLayer.setVisible(show);
        idleLayer.setMouseTransparent(!show);
        if (!show) {
            return;
        }
        if (!idleBuilt) {
            Label title = Emphasis.bold(label(t("idle.title"), "idle-title"));
            title.setId("idle-title");
            idleLeft = label("", "body");
            idleLeft.setId("idle-left");
            Button more = Emphasis.bold(button(t("idle.more"), "place-button", session::touched));
            more.setId("more-time");
            more.setPrefWidth(700);
            idleLayer.getChildren().setAll(question(1100, 560, title, idleLeft, more));
            idleBuilt = true;
        }
        idleLeft.setText(t("idle.left", session.idleSecondsLeft().get()));
    }
}
