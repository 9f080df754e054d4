package cn.xingfu.kiosk.ui;

import static cn.xingfu.kiosk.ui.Widgets.button;
import static cn.xingfu.kiosk.ui.Widgets.label;
import static cn.xingfu.kiosk.ui.Widgets.style;
import static cn.xingfu.kiosk.ui.Widgets.wrapped;

import cn.xingfu.kiosk.canteen.ConsentNotice;
import cn.xingfu.kiosk.canteen.Quote;
import cn.xingfu.kiosk.session.Dish;
import cn.xingfu.kiosk.session.KioskSession;
import cn.xingfu.kiosk.session.Lang;
import cn.xingfu.kiosk.session.Phrases;
import cn.xingfu.kiosk.session.Senior;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The menu: pages of large dish tiles (two across, as many rows as fit; no scrolling) with big previous / next
 * buttons, and on the right how to eat, how to pay, the price the service quotes with its subsidy (or why there is
 * none), and "place order". Tiles are measured once their text is laid out, so a page holds as many as really fit.
 */
final class MenuScreen {

    static final double SIDE_WIDTH = 560;
    static final int COLUMNS = 2;
    private static final double GAP = 16;
    private static final double PADDING = 16;

    private final KioskSession session;
    private final Map<Long, DishTile> tiles = new LinkedHashMap<>();
    private final Map<String, Button> choices = new LinkedHashMap<>();
    private final GridPane grid = new GridPane();
    private final StackPane pageArea = new StackPane(grid);
    private final List<List<DishTile>> pages = new ArrayList<>();
    private Label messageLabel;
    private Label totalLabel;
    private Label subsidyLabel;
    private Label payLabel;
    private Label pageLabel;
    private Button previous;
    private Button next;
    private Button placeButton;
    private int page;

    MenuScreen(KioskSession session) {
        this.session = session;
    }

    private Lang lang() {
        return session.lang().get();
    }

    private String t(String key, Object... args) {
        return Texts.get(key, lang(), args);
    }

    Label messageLabel() {
        return messageLabel;
    }

    Map<Long, DishTile> tiles() {
        return tiles;
    }

    /** The menu for the senior; {@code keepPage} after a language switch, a new senior starts on page one. */
    Node build(Senior senior, boolean keepPage, Label message) {
        this.messageLabel = message;
        tiles.clear();
        choices.clear();
        if (!keepPage) {
            page = 0;
        }
        double tileWidth = (KioskView.WIDTH - SIDE_WIDTH - 2 * PADDING - GAP * (COLUMNS - 1)) / COLUMNS;
        for (Dish dish : session.dishes()) {
            DishTile tile = new DishTile(dish, senior.offline(), lang(), tileWidth, session);
            tiles.put(dish.item().menuItemId(), tile);
        }
        grid.setHgap(GAP);
        grid.setVgap(GAP);
        grid.getChildren().clear();
        int i = 0;
        for (DishTile tile : tiles.values()) {
            // every tile once in the scene, so its size can be measured before the pages are cut
            grid.add(tile.root(), i % COLUMNS, i / COLUMNS);
            i++;
        }
        pageArea.setAlignment(Pos.TOP_LEFT);
        pageArea.setMinHeight(0);
        VBox.setVgrow(pageArea, Priority.ALWAYS);

        VBox left = new VBox(10, header(senior));
        if (senior.offline()) {
            Label offline = wrapped(t("menu.offline"), "offline-banner", Double.MAX_VALUE);
            offline.setId("offline-banner");
            offline.setMaxWidth(Double.MAX_VALUE);
            left.getChildren().add(offline);
        }
        if (!senior.offline()) {
            int n = 0;
            for (ConsentNotice notice : senior.scan().consentNotices()) {
                Label words = wrapped(
                        lang() == Lang.EN ? notice.messageEn() : notice.messageZh(),
                        "consent-notice",
                        Double.MAX_VALUE);
                words.setId("consent-notice-" + n++);
                words.setMaxWidth(Double.MAX_VALUE);
                left.getChildren().add(words);
            }
        }
        left.getChildren().addAll(pageArea, pager());
        left.setPadding(new Insets(PADDING));
        HBox.setHgrow(left, Priority.ALWAYS);
        return new HBox(left, side(senior));
    }

    /** One line above the tiles; the senior's name and balance stand in the top bar (KioskView). */
    private Node header(Senior senior) {
        Label step = Emphasis.bold(label(t("menu.choose"), "step"));
        step.setMinWidth(Region.USE_PREF_SIZE);
        Label subsidy = wrapped(senior.subsidy().in(lang()), "body", Double.MAX_VALUE);
        subsidy.setId("subsidy");
        HBox line = new HBox(32, step, subsidy);
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }

    private Node pager() {
        Button cancel = button(t("cancel"), "secondary-button", session::finish);
        cancel.setId("cancel");
        previous = Emphasis.bold(button(t("page.previous"), "pager-button", () -> turn(-1)));
        previous.setId("page-previous");
        next = Emphasis.bold(button(t("page.next"), "pager-button", () -> turn(1)));
        next.setId("page-next");
        pageLabel = label("", "body");
        pageLabel.setId("page-number");
        pageLabel.setMaxWidth(Double.MAX_VALUE);
        pageLabel.setAlignment(Pos.CENTER);
        HBox.setHgrow(pageLabel, Priority.ALWAYS);
        HBox row = new HBox(GAP, cancel, previous, pageLabel, next);
        row.setAlignment(Pos.CENTER);
        return row;
    }

    private Node side(Senior senior) {
        VBox right = new VBox(12);
        right.getChildren().add(greeting(senior));
        right.setPadding(new Insets(PADDING));
        right.setPrefWidth(SIDE_WIDTH);
        right.setMinWidth(SIDE_WIDTH);
        right.setMaxWidth(SIDE_WIDTH);
        right.getStyleClass().add("side");
        HBox channels = new HBox(12);
        for (String channel : List.of("DINE_IN", "TAKEAWAY")) {
            if (senior.channels().isEmpty() || senior.channels().contains(channel)) {
                channels.getChildren()
                        .add(choice(
                                "channel-" + channel, t("channel." + channel), () -> session.chooseChannel(channel)));
            }
        }
        HBox payments = new HBox(12);
        for (String payment : List.of("WALLET", "CASH")) {
            payments.getChildren()
                    .add(choice("payment-" + payment, t("payment." + payment), () -> session.choosePayment(payment)));
        }
        double width = SIDE_WIDTH - 2 * PADDING;
        totalLabel = wrapped("", "total-line", width);
        totalLabel.setId("total");
        subsidyLabel = wrapped("", "total-line", width);
        subsidyLabel.setId("quote-subsidy");
        payLabel = Emphasis.bold(wrapped("", "total-pay", width));
        payLabel.setId("total-pay");
        VBox price = new VBox(4, totalLabel, subsidyLabel, payLabel);
        price.setMinHeight(220);
        price.setPrefHeight(220);
        price.setMaxHeight(220);
        messageLabel.setMinHeight(140);
        messageLabel.setPrefHeight(140);
        messageLabel.setMaxHeight(140);
        placeButton = Emphasis.bold(button(t("place"), "place-button", session::placeOrder));
        placeButton.setId("place-order");
        placeButton.setMaxWidth(Double.MAX_VALUE);
        right.getChildren().addAll(channels, payments, price, messageLabel, placeButton);
        return right;
    }

    private Node greeting(Senior senior) {
        Label hello = Emphasis.bold(wrapped(
                senior.maskedName() != null
                        ? t("menu.hello", senior.maskedName())
                        : t("menu.hello", t("menu.card", senior.cardId())),
                "senior-name",
                SIDE_WIDTH - 2 * PADDING));
        hello.setId("senior-name");
        VBox box = new VBox(2, hello);
        if (senior.walletBalance() != null) {
            Label balance = label(t("menu.balance", KioskSession.money(senior.walletBalance())), "body");
            balance.setId("balance");
            box.getChildren().add(balance);
        }
        return box;
    }

    private Button choice(String id, String text, Runnable action) {
        Button button = button(text, "choice", action);
        button.setId(id);
        button.setUserData(text);
        double width = (SIDE_WIDTH - 2 * PADDING - 12) / 2;
        button.setMinSize(width, 104);
        button.setPrefSize(width, 104);
        button.setMaxSize(width, 104);
        button.setWrapText(true);
        choices.put(id, button);
        return button;
    }

    /** Cuts the tiles into pages that fit the space the screen has for them; call once laid out. */
    void paginate() {
        double available = pageArea.getHeight();
        double tileWidth =
                tiles.isEmpty() ? 0 : tiles.values().iterator().next().root().getPrefWidth();
        pages.clear();
        List<DishTile> current = new ArrayList<>();
        double used = 0;
        List<DishTile> all = new ArrayList<>(tiles.values());
        for (int row = 0; row * COLUMNS < all.size(); row++) {
            List<DishTile> cells = all.subList(row * COLUMNS, Math.min(all.size(), (row + 1) * COLUMNS));
            double height = cells.stream()
                    .mapToDouble(tile -> tile.root().prefHeight(tileWidth))
                    .max()
                    .orElse(0);
            double needed = (current.isEmpty() ? 0 : GAP) + height;
            if (!current.isEmpty() && used + needed > available) {
                pages.add(current);
                current = new ArrayList<>();
                needed = height;
                used = 0;
            }
            current.addAll(cells);
            used += needed;
        }
        if (!current.isEmpty()) {
            pages.add(current);
        }
        page = Math.max(0, Math.min(page, pages.size() - 1));
        showPage();
    }

    private void turn(int delta) {
        session.touched();
        int wanted = page + delta;
        if (wanted >= 0 && wanted < pages.size()) {
            page = wanted;
            showPage();
        }
    }

    private void showPage() {
        grid.getChildren().clear();
        List<DishTile> shown = pages.isEmpty() ? List.of() : pages.get(page);
        for (int i = 0; i < shown.size(); i++) {
            grid.add(shown.get(i).root(), i % COLUMNS, i / COLUMNS);
        }
        boolean several = pages.size() > 1;
        pageLabel.setText(several ? t("page.of", page + 1, pages.size()) : "");
        // hidden, not removed: the buttons keep their places whatever page is shown
        previous.setVisible(several && page > 0);
        next.setVisible(several && page < pages.size() - 1);
    }

    int page() {
        return page;
    }

    int pageCount() {
        return pages.size();
    }

    List<Long> shownDishes() {
        return pages.isEmpty()
                ? List.of()
                : pages.get(page).stream().map(DishTile::id).toList();
    }

    /** Live changes in place: states, chosen options, the price, the button's words. */
    void refresh(Senior senior) {
        boolean takeaway = "TAKEAWAY".equals(session.channel().get());
        for (Dish dish : session.dishes()) {
            DishTile tile = tiles.get(dish.item().menuItemId());
            tile.update(dish, takeaway, lang());
            String url = dish.item().pictureUrl();
            tile.show(url == null ? null : session.images().get(url));
        }
        boolean walletOk = session.walletCanPay();
        choices.forEach((id, button) -> {
            boolean chosen = id.equals("channel-" + session.channel().get())
                    || id.equals("payment-" + session.payment().get());
            String text = (String) button.getUserData();
            if (id.equals("payment-WALLET") && !walletOk) {
                text = t("payment.WALLET.short");
            }
            button.setText((chosen ? t("chosen") : "") + text);
            style(button, "choice-chosen", chosen);
            style(button, "choice", !chosen);
        });
        refreshPrice(senior);
        placeButton.setText(session.busy().get() ? t("placing") : t("place"));
    }

    private void refreshPrice(Senior senior) {
        Quote quote = session.quote().get();
        String total = "";
        String subsidy = "";
        String pay = "";
        if (!session.hasSelection()) {
            total = t("total.none");
        } else if (senior.offline()) {
            total = t("total.tbc");
        } else if (quote != null) {
            total = t("total.gross", KioskSession.money(quote.gross()));
            subsidy = Phrases.subsidy(quote).in(lang());
            pay = t("total.pay", KioskSession.money(quote.selfPay()));
        } else if (session.quoteFailed().get()) {
            total = t("total.failed");
        } else {
            total = t("total.pending");
        }
        totalLabel.setText(total);
        subsidyLabel.setText(subsidy);
        payLabel.setText(pay);
        style(subsidyLabel, "total-none", quote != null && quote.unsubsidised());
    }
}
