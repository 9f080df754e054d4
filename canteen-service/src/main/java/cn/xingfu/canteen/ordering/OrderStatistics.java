package cn.xingfu.canteen.ordering;

import cn.xingfu.canteen.shared.Channel;
import cn.xingfu.canteen.shared.MealPeriod;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only figures over orders for the kitchen count, the district's report and the delivery module: whole
 * meals and months, unpaged, aggregated in the database.
 */
@Service
@Transactional(readOnly = true)
public class OrderStatistics {

    private final JdbcTemplate jdbc;

    OrderStatistics(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One dish line of a live (not cancelled) order of a meal, with who ordered it and how it is served. */
    public record KitchenLine(
            long orderId,
            String orderNumber,
            long seniorId,
            String maskedName,
            Channel channel,
            OrderStatus status,
            String placedBy,
            long menuItemId,
            long dishId,
            String dishName,
            int quantity) {}

    /** Meals served (handed over) in one month at one canteen through one channel. */
    public record MonthFigures(
            int year,
            int month,
            long canteenId,
            Channel channel,
            long meals,
            long portions,
            BigDecimal gross,
            BigDecimal subsidy,
            long seniors) {}

    /** Every dish line of the meal's orders that are not cancelled, in order of placement. */
    public List<KitchenLine> kitchenLines(long canteenId, LocalDate serviceDate, MealPeriod period) {
        return jdbc.query(
                "SELECT o.id, o.order_number, o.senior_id, o.senior_masked_name, o.channel, o.status, o.placed_by,"
                        + " l.menu_item_id, l.dish_id, l.name, l.quantity"
                        + " FROM meal_order o JOIN meal_order_line l ON l.order_id = o.id"
                        + " WHERE o.canteen_id = ? AND o.service_date = ? AND o.meal_period = ? AND o.status <> ?"
                        + " ORDER BY o.placed_at, l.id",
                (rs, i) -> new KitchenLine(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getLong(3),
                        rs.getString(4),
                        Channel.valueOf(rs.getString(5)),
                        OrderStatus.valueOf(rs.getString(6)),
                        rs.getString(7),
                        rs.getLong(8),
                        rs.getLong(9),
                        rs.getString(10),
                        rs.getInt(11)),
                canteenId,
                serviceDate,
                period.name(),
                OrderStatus.CANCELLED.name());
    }

    /**
     * Meals handed over (served, picked up, delivered) per month, canteen and channel from {@code from} to
     * {@code to} inclusive; {@code seniors} counts distinct seniors within that month, canteen and channel.
     */
    public List<MonthFigures> servedByMonth(LocalDate from, LocalDate to) {
        return jdbc.query(
                "SELECT YEAR(o.service_date) y, MONTH(o.service_date) m, o.canteen_id, o.channel, COUNT(*),"
                        + " COALESCE(SUM(p.portions), 0), SUM(o.gross), SUM(o.subsidy), COUNT(DISTINCT o.senior_id)"
                        + " FROM meal_order o JOIN (SELECT order_id, SUM(quantity) portions FROM meal_order_line"
                        + " GROUP BY order_id) p ON p.order_id = o.id"
                        + " WHERE o.service_date BETWEEN ? AND ? AND o.status IN ('SERVED', 'PICKED_UP', 'DELIVERED')"
                        + " GROUP BY YEAR(o.service_date), MONTH(o.service_date), o.canteen_id, o.channel"
                        + " ORDER BY y, m, o.canteen_id, o.channel",
                (rs, i) -> new MonthFigures(
                        rs.getInt(1),
                        rs.getInt(2),
                        rs.getLong(3),
                        Channel.valueOf(rs.getString(4)),
                        rs.getLong(5),
                        rs.getLong(6),
                        rs.getBigDecimal(7),
                        rs.getBigDecimal(8),
                        rs.getLong(9)),
                from,
                to);
    }

    /** Distinct seniors who were handed at least one meal from {@code from} to {@code to} inclusive. */
    public long seniorsReached(LocalDate from, LocalDate to) {
        Long count = jdbc.queryForObject(
                "SELECT COUNT(DISTINCT senior_id) FROM meal_order WHERE service_date BETWEEN ? AND ?"
                        + " AND status IN ('SERVED', 'PICKED_UP', 'DELIVERED')",
                Long.class,
                from,
                to);
        return count == null ? 0 : count;
    }

    /** Distinct seniors handed at least one meal per canteen in the range (canteen id → seniors). */
    public java.util.Map<Long, Long> seniorsReachedByCanteen(LocalDate from, LocalDate to) {
        java.util.Map<Long, Long> reached = new java.util.HashMap<>();
        jdbc.query(
                "SELECT canteen_id, COUNT(DISTINCT senior_id) FROM meal_order WHERE service_date BETWEEN ? AND ?"
                        + " AND status IN ('SERVED', 'PICKED_UP', 'DELIVERED') GROUP BY canteen_id",
                rs -> {
                    reached.put(rs.getLong(1), rs.getLong(2));
                },
                from,
                to);
        return reached;
    }

    /** Delivery orders that could not be handed over (nobody home, unwell, refused) in the range. */
    public long failedDeliveries(LocalDate from, LocalDate to) {
        Long count = jdbc.queryForObject(
                "SELECT COUNT(*) FROM meal_order WHERE service_date BETWEEN ? AND ? AND status = 'FAILED'",
                Long.class,
                from,
                to);
        return count == null ? 0 : count;
    }

    /** When the kitchen marked the order READY (the cooking-finished time), if it has. */
    public Optional<Instant> readyAt(long orderId) {
        return jdbc
                .query(
                        "SELECT MIN(changed_at) FROM order_status_change WHERE order_id = ? AND to_status = 'READY'",
                        (rs, i) -> rs.getTimestamp(1),
                        orderId)
                .stream()
                .filter(java.util.Objects::nonNull)
                .map(Timestamp::toInstant)
                .findFirst();
    }
}
