package cn.xingfu.canteen.menu;

import cn.xingfu.canteen.shared.MealPeriod;
import cn.xingfu.canteen.shared.security.Actor;
import cn.xingfu.kernel.DomainException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The portions left of each dish on a menu: the hot row of the lunch rush. Orders take and give back
 * portions with single conditional UPDATEs inside the order's transaction; staff set them, or mark a dish
 * sold out or back in stock. Every flip between sold out and available publishes
 * {@link DishAvailabilityChanged} inside the transaction (delivered to listeners after commit).
 */
@Service
@EnableConfigurationProperties(MenuProperties.class)
public class Portions {

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final MenuChangeLog log;
    private final MenuReads reads;
    private final Clock clock;
    private final int maxPortions;

    Portions(
            JdbcTemplate jdbc,
            ApplicationEventPublisher events,
            MenuChangeLog log,
            MenuReads reads,
            Clock clock,
            MenuProperties properties) {
        this.jdbc = jdbc;
        this.events = events;
        this.log = log;
        this.reads = reads;
        this.clock = clock;
        this.maxPortions = properties.maxPortions();
    }

    /** Planned portions of one dish must be 0 to the configured maximum. @throws DomainException INVALID_PORTIONS */
    public void requirePlannable(int portions) {
        if (portions < 0 || portions > maxPortions) {
            throw invalidPortions();
        }
    }

    private record Row(
            long canteenId, LocalDate serviceDate, MealPeriod period, int total, int left, boolean removed) {}

    /**
     * Takes {@code quantity} portions if that many are left; false (and nothing changed) otherwise, also
     * for an unknown or removed item. The decision is one conditional UPDATE, so concurrent orders never
     * oversell and never wait for each other longer than the row lock of that UPDATE. Ordering calls this as
     * the last statement before its commit, so the lunch rush's hottest row is held as briefly as possible.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean take(long menuItemId, int quantity) {
        requirePositive(quantity);
        // the common case: portions remain afterwards, so there is no sell-out to announce and nothing to read back
        if (jdbc.update(
                        "UPDATE menu_item SET portions_left = portions_left - ? WHERE id = ? AND portions_left > ? AND removed = FALSE",
                        quantity,
                        menuItemId,
                        quantity)
                == 1) {
            return true;
        }
        int updated = jdbc.update(
                "UPDATE menu_item SET portions_left = portions_left - ? WHERE id = ? AND portions_left >= ? AND removed = FALSE",
                quantity,
                menuItemId,
                quantity);
        if (updated == 0) {
            return false;
        }
        // our own UPDATE holds the row lock, so this read sees exactly the result of our take
        Row row = row(menuItemId);
        if (row.left() == 0) {
            publish(menuItemId, row);
        }
        return true;
    }

    /**
     * Takes portions of several dishes at once (menu item id to quantity, in ascending id order so that two groups
     * never deadlock), but only where portions remain afterwards: true when every dish had more than its quantity.
     * False when one did not (it would sell out, or cannot be had); the caller must then roll back and take portions
     * one order at a time with {@link #take}, which refuses and announces sell-outs exactly. One statement per dish,
     * not a JDBC batch: a batch's update counts are not reliable with every driver, and these decide the overselling.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean takeAllUnlessLast(Map<Long, Integer> quantities) {
        List<Map.Entry<Long, Integer>> sorted = new ArrayList<>(quantities.entrySet());
        sorted.sort(Map.Entry.comparingByKey());
        for (Map.Entry<Long, Integer> dish : sorted) {
            requirePositive(dish.getValue());
            if (jdbc.update(
                            "UPDATE menu_item SET portions_left = portions_left - ? WHERE id = ? AND portions_left > ? AND removed = FALSE",
                            dish.getValue(),
                            dish.getKey(),
                            dish.getValue())
                    == 0) {
                return false;
            }
        }
        return true;
    }

    /** Returns portions of a cancelled order. @throws DomainException MENU_ITEM_NOT_FOUND */
    @Transactional(propagation = Propagation.MANDATORY)
    public void giveBack(long menuItemId, int quantity) {
        requirePositive(quantity);
        int updated = jdbc.update(
                "UPDATE menu_item SET portions_left = portions_left + ? WHERE id = ?", quantity, menuItemId);
        if (updated == 0) {
            throw MenuReads.notFound(menuItemId);
        }
        Row row = row(menuItemId);
        if (!row.removed() && row.left() == quantity) {
            publish(menuItemId, row);
        }
    }

    /**
     * Sets the planned portions of a dish; the portions left move by the same difference, so portions
     * already sold stay sold. @throws DomainException PORTIONS_BELOW_SOLD (409) when fewer than already sold
     */
    @Transactional
    public MenuItemView setPortions(long menuItemId, int total, Actor actor) {
        requirePlannable(total);
        Row before = lockedEditable(menuItemId);
        // portions_left is assigned first: MariaDB evaluates SET left to right, H2 uses the old values; both agree
        int updated = jdbc.update(
                "UPDATE menu_item SET portions_left = portions_left + (? - portions_total), portions_total = ?"
                        + " WHERE id = ? AND portions_left + (? - portions_total) >= 0",
                total,
                total,
                menuItemId,
                total);
        if (updated == 0) {
            throw DomainException.conflict(
                    "PORTIONS_BELOW_SOLD", "份数不能少于已售出的份数", "Portions cannot be fewer than those already sold");
        }
        Row after = row(menuItemId);
        log.portions(
                menuItemId,
                MenuChangeEntry.Action.PORTIONS_CHANGED,
                before.total() + "/" + before.left(),
                after.total() + "/" + after.left(),
                actor);
        flipped(menuItemId, before, after);
        return freshView(menuItemId);
    }

    /** Staff: nothing more of this dish today. Idempotent. */
    @Transactional
    public MenuItemView soldOut(long menuItemId, Actor actor) {
        Row before = lockedEditable(menuItemId);
        if (before.left() > 0) {
            jdbc.update(
                    "UPDATE menu_item SET portions_total = portions_total - portions_left, portions_left = 0 WHERE id = ?",
                    menuItemId);
            Row after = row(menuItemId);
            log.portions(
                    menuItemId,
                    MenuChangeEntry.Action.SOLD_OUT,
                    before.total() + "/" + before.left(),
                    after.total() + "/" + after.left(),
                    actor);
            flipped(menuItemId, before, after);
        }
        return freshView(menuItemId);
    }

    /** Staff: {@code portions} more of this dish are ready. */
    @Transactional
    public MenuItemView backInStock(long menuItemId, int portions, Actor actor) {
        if (portions < 1 || portions > maxPortions) {
            throw invalidPortions();
        }
        Row before = lockedEditable(menuItemId);
        if (before.total() + portions > maxPortions) {
            throw invalidPortions();
        }
        jdbc.update(
                "UPDATE menu_item SET portions_total = portions_total + ?, portions_left = portions_left + ? WHERE id = ?",
                portions,
                portions,
                menuItemId);
        Row after = row(menuItemId);
        log.portions(
                menuItemId,
                MenuChangeEntry.Action.BACK_IN_STOCK,
                before.total() + "/" + before.left(),
                after.total() + "/" + after.left(),
                actor);
        flipped(menuItemId, before, after);
        return freshView(menuItemId);
    }

    /** Takes the item off sale (used when a dish is removed from its menu). */
    void withdraw(long menuItemId) {
        Row before = row(menuItemId);
        jdbc.update(
                "UPDATE menu_item SET portions_total = portions_total - portions_left, portions_left = 0 WHERE id = ?",
                menuItemId);
        if (before.left() > 0) {
            publish(menuItemId, row(menuItemId));
        }
    }

    private Row lockedEditable(long menuItemId) {
        List<Row> rows = jdbc.query(
                "SELECT canteen_id, service_date, meal_period, portions_total, portions_left, removed FROM menu_item WHERE id = ? FOR UPDATE",
                (rs, n) -> new Row(
                        rs.getLong(1),
                        rs.getObject(2, LocalDate.class),
                        MealPeriod.valueOf(rs.getString(3)),
                        rs.getInt(4),
                        rs.getInt(5),
                        rs.getBoolean(6)),
                menuItemId);
        if (rows.isEmpty() || rows.get(0).removed()) {
            throw MenuReads.notFound(menuItemId);
        }
        MenuPlanning.requireNotPast(rows.get(0).serviceDate(), LocalDate.now(clock));
        return rows.get(0);
    }

    private Row row(long menuItemId) {
        return jdbc.queryForObject(
                "SELECT canteen_id, service_date, meal_period, portions_total, portions_left, removed FROM menu_item WHERE id = ?",
                (rs, n) -> new Row(
                        rs.getLong(1),
                        rs.getObject(2, LocalDate.class),
                        MealPeriod.valueOf(rs.getString(3)),
                        rs.getInt(4),
                        rs.getInt(5),
                        rs.getBoolean(6)),
                menuItemId);
    }

    private void flipped(long menuItemId, Row before, Row after) {
        if ((before.left() > 0) != (after.left() > 0)) {
            publish(menuItemId, after);
        }
    }

    private void publish(long menuItemId, Row row) {
        events.publishEvent(new DishAvailabilityChanged(
                row.canteenId(), menuItemId, row.serviceDate(), row.period(), row.left(), row.left() <= 0));
    }

    private MenuItemView freshView(long menuItemId) {
        return reads.freshItem(menuItemId);
    }

    private static void requirePositive(int quantity) {
        if (quantity < 1) {
            throw DomainException.invalid("INVALID_QUANTITY", "数量必须大于 0", "The quantity must be at least 1");
        }
    }

    private DomainException invalidPortions() {
        return new DomainException(
                DomainException.Kind.INVALID,
                "INVALID_PORTIONS",
                "份数应在 0 至 " + maxPortions + " 之间",
                "Portions must be between 0 and " + maxPortions,
                java.util.Map.of("maxPortions", maxPortions));
    }
}
