package cn.xingfu.kiosk.session;

import cn.xingfu.kiosk.canteen.CanteenClient;
import cn.xingfu.kiosk.canteen.MenuItem;
import cn.xingfu.kiosk.canteen.OrderItem;
import cn.xingfu.kiosk.canteen.OrderRequest;
import cn.xingfu.kiosk.canteen.Quote;
import cn.xingfu.kiosk.menu.CachedMenu;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the senior has chosen: dishes and portions, how to eat and how to pay, and what the service says it costs
 * (the quote, with the real subsidy for exactly these dishes). Dine-in is one portion of each dish; takeaway takes
 * up to {@value #MAX_PORTIONS} (the service's limit). The wallet is only offered when it can pay: a wallet that
 * cannot is switched to cash before the order is sent, never after it failed. Used on the UI thread.
 */
public final class Cart {

    public static final int MAX_PORTIONS = 5;

    private final CanteenClient client;
    private final Executor io;
    private final Executor ui;
    private final ObservableList<Dish> dishes = FXCollections.observableArrayList();
    private final StringProperty channel = new SimpleStringProperty("DINE_IN");
    private final StringProperty payment = new SimpleStringProperty("WALLET");
    private final ObjectProperty<Quote> quote = new SimpleObjectProperty<>();
    private final BooleanProperty quoteFailed = new SimpleBooleanProperty(false);
    private BigDecimal walletBalance;
    private long version;

    Cart(CanteenClient client, Executor io, Executor ui) {
        this.client = client;
        this.io = io;
        this.ui = ui;
    }

    ObservableList<Dish> dishes() {
        return dishes;
    }

    StringProperty channel() {
        return channel;
    }

    StringProperty payment() {
        return payment;
    }

    ObjectProperty<Quote> quote() {
        return quote;
    }

    BooleanProperty quoteFailed() {
        return quoteFailed;
    }

    /** A new senior's menu. {@code balance} null: offline, the balance is the service's to know. */
    void start(List<MenuItem> items, List<String> channels, BigDecimal balance) {
        version++;
        walletBalance = balance;
        dishes.setAll(items.stream().map(item -> new Dish(item, 0)).toList());
        channel.set(channels.isEmpty() || channels.contains("DINE_IN") ? "DINE_IN" : channels.get(0));
        payment.set(balance != null && balance.signum() <= 0 ? "CASH" : "WALLET");
        quote.set(null);
        quoteFailed.set(false);
    }

    void clear() {
        version++;
        walletBalance = null;
        dishes.clear();
        channel.set("DINE_IN");
        payment.set("WALLET");
        quote.set(null);
        quoteFailed.set(false);
    }

    boolean hasSelection() {
        return dishes.stream().anyMatch(Dish::selected);
    }

    /** Chooses or un-chooses a dish; a dish that cannot be ordered says why instead. */
    Optional<Words> toggle(long menuItemId) {
        return find(menuItemId).flatMap(i -> {
            Dish dish = dishes.get(i);
            if (!dish.orderable()) {
                return Optional.of(
                        dish.item().blocked() ? Phrases.blocked(dish.item()) : Phrases.problem("SOLD_OUT", null, null));
            }
            dishes.set(i, dish.withQuantity(dish.selected() ? 0 : 1));
            return Optional.empty();
        });
    }

    /** One portion more or less of a chosen takeaway dish (1 to {@value #MAX_PORTIONS}); false if nothing changed. */
    boolean step(long menuItemId, int delta) {
        if (!"TAKEAWAY".equals(channel.get())) {
            return false;
        }
        return find(menuItemId)
                .map(i -> {
                    Dish dish = dishes.get(i);
                    int portions = Math.max(1, Math.min(MAX_PORTIONS, dish.quantity() + delta));
                    if (!dish.selected() || !dish.orderable() || portions == dish.quantity()) {
                        return false;
                    }
                    dishes.set(i, dish.withQuantity(portions));
                    return true;
                })
                .orElse(false);
    }

    /** Dine-in is one portion of each dish: going back from takeaway keeps each dish, once. */
    void chooseChannel(String newChannel) {
        channel.set(newChannel);
        if ("DINE_IN".equals(newChannel)) {
            for (int i = 0; i < dishes.size(); i++) {
                if (dishes.get(i).quantity() > 1) {
                    dishes.set(i, dishes.get(i).withQuantity(1));
                }
            }
        }
    }

    /** Wallet or cash; a wallet that cannot pay says so and cash stays chosen. */
    Optional<Words> choosePayment(String newPayment) {
        if ("WALLET".equals(newPayment) && !walletCanPay()) {
            payment.set("CASH");
            return Optional.of(Phrases.walletShort(walletBalance));
        }
        payment.set(newPayment);
        return Optional.empty();
    }

    /** True when the wallet covers what is due, or when that cannot be known here (offline). */
    boolean walletCanPay() {
        if (walletBalance == null) {
            return true;
        }
        BigDecimal due = amountDue();
        return walletBalance.signum() > 0 && (due == null || walletBalance.compareTo(due) >= 0);
    }

    /** The self-pay: quoted, or estimated from the dishes until the quote is back; null when unknown. */
    BigDecimal amountDue() {
        if (quote.get() != null) {
            return quote.get().selfPay();
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (Dish dish : dishes) {
            if (dish.selected()) {
                if (dish.item().estimatedSelfPay() == null) {
                    return null;
                }
                sum = sum.add(dish.item().estimatedSelfPay().multiply(BigDecimal.valueOf(dish.quantity())));
            }
        }
        return sum;
    }

    /** Before an order is sent: a wallet that cannot pay becomes cash, so the order goes through at once. */
    Optional<Words> fallBackToCash() {
        if ("WALLET".equals(payment.get()) && !walletCanPay()) {
            payment.set("CASH");
            return Optional.of(Phrases.walletShort(walletBalance));
        }
        return Optional.empty();
    }

    List<OrderItem> items() {
        return dishes.stream()
                .filter(Dish::selected)
                .map(d -> new OrderItem(d.item().menuItemId(), d.quantity()))
                .toList();
    }

    List<Dish> chosen() {
        return dishes.stream().filter(Dish::selected).toList();
    }

    OrderRequest request(String cardToken, CachedMenu offlineMenu) {
        OrderRequest request = OrderRequest.now(cardToken, channel.get(), payment.get(), items(), false);
        if (offlineMenu != null && offlineMenu.serviceDate() != null && offlineMenu.period() != null) {
            // the service must book it for the meal it was taken for, however late the replay
            request = request.forMeal(offlineMenu.serviceDate(), offlineMenu.period());
        }
        return request;
    }

    /**
     * Asks the service what these dishes cost this senior (online only). A stale answer (the cart changed since)
     * is dropped; a wallet the quote shows cannot pay is switched to cash and {@code said} hears why.
     */
    void requote(String cardToken, boolean online, java.util.function.Consumer<Words> said) {
        long asked = ++version;
        quote.set(null);
        quoteFailed.set(false);
        if (!online || !hasSelection()) {
            return;
        }
        OrderRequest request = request(cardToken, null);
        io.execute(() -> {
            try {
                Quote fresh = client.quote(request);
                ui.execute(() -> {
                    if (asked == version) {
                        quote.set(fresh);
                        fallBackToCash().ifPresent(said);
                    }
                });
            } catch (RuntimeException e) {
                ui.execute(() -> {
                    if (asked == version) {
                        quoteFailed.set(true);
                    }
                });
            }
        });
    }

    /** A dish's portions changed; returns true when a chosen dish was lost to "sold out". */
    boolean availability(long menuItemId, Integer portionsLeft, boolean soldOut) {
        return find(menuItemId)
                .map(i -> {
                    Dish dish = dishes.get(i);
                    boolean lost = soldOut && dish.selected();
                    dishes.set(
                            i,
                            new Dish(
                                    dish.item().withAvailability(portionsLeft, soldOut),
                                    soldOut ? 0 : dish.quantity()));
                    return lost;
                })
                .orElse(false);
    }

    Optional<MenuItem> item(long menuItemId) {
        return find(menuItemId).map(i -> dishes.get(i).item());
    }

    private Optional<Integer> find(long menuItemId) {
        for (int i = 0; i < dishes.size(); i++) {
            if (dishes.get(i).item().menuItemId() == menuItemId) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }
}
