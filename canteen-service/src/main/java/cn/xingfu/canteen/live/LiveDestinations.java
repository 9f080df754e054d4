package cn.xingfu.canteen.live;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The STOMP destinations clients may subscribe to. Each is scoped to one canteen, kiosk or order; there is
 * no destination that reaches everyone.
 */
public final class LiveDestinations {

    private static final Pattern SCOPED = Pattern.compile("^/topic/(canteens|kiosks|orders)/(\\d{1,19})(/[a-z]+)?$");

    private LiveDestinations() {}

    /** Every change of every order of the canteen, for its kitchen display (staff only). */
    public static String canteenOrders(long canteenId) {
        return "/topic/canteens/" + canteenId + "/orders";
    }

    /** Order numbers and status only, for the pickup board on the dining room TV (staff sign-in). */
    public static String canteenBoard(long canteenId) {
        return "/topic/canteens/" + canteenId + "/board";
    }

    /** A dish of the canteen sold out or came back (kiosks and staff of the canteen). */
    public static String canteenMenu(long canteenId) {
        return "/topic/canteens/" + canteenId + "/menu";
    }

    /** Welfare alerts of the canteen raised or resolved, for the staff alert page (staff of the canteen only). */
    public static String canteenAlerts(long canteenId) {
        return "/topic/canteens/" + canteenId + "/alerts";
    }

    /** The orders placed at one kiosk (that kiosk, and staff of its canteen). */
    public static String kioskOrders(long kioskId) {
        return "/topic/kiosks/" + kioskId + "/orders";
    }

    /** One order (the kiosk that placed it, and staff of its canteen). */
    public static String order(long orderId) {
        return "/topic/orders/" + orderId;
    }

    /** What a destination names, or empty when it is not one of ours. */
    static Optional<Target> parse(String destination) {
        Matcher m = SCOPED.matcher(destination);
        if (!m.matches()) {
            return Optional.empty();
        }
        long id;
        try {
            id = Long.parseLong(m.group(2));
        } catch (NumberFormatException tooLarge) {
            return Optional.empty();
        }
        String kind = m.group(1);
        String tail = m.group(3) == null ? "" : m.group(3);
        return switch (kind + tail) {
            case "canteens/orders" -> Optional.of(new Target(Kind.CANTEEN_ORDERS, id));
            case "canteens/board" -> Optional.of(new Target(Kind.CANTEEN_BOARD, id));
            case "canteens/menu" -> Optional.of(new Target(Kind.CANTEEN_MENU, id));
            case "canteens/alerts" -> Optional.of(new Target(Kind.CANTEEN_ALERTS, id));
            case "kiosks/orders" -> Optional.of(new Target(Kind.KIOSK_ORDERS, id));
            case "orders" -> Optional.of(new Target(Kind.ORDER, id));
            default -> Optional.empty();
        };
    }

    enum Kind {
        CANTEEN_ORDERS,
        CANTEEN_BOARD,
        CANTEEN_MENU,
        CANTEEN_ALERTS,
        KIOSK_ORDERS,
        ORDER
    }

    record Target(Kind kind, long id) {}
}
