package cn.xingfu.canteen.ordering;

import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place where a new order's rows (the order, its lines, each subsidy scheme's share) are written and where placement looks up an idempotency key: plain JDBC,
 * the lines as one batch, so the entity manager stays off the lunch-rush path (reads and later changes of an order
 * still go through {@link Orders}).
 */
@Component
class OrderRows {

    private static final String INSERT_ORDER = "INSERT INTO meal_order (" + Order.COLUMNS + ") VALUES ("
            + "?,".repeat(Order.COLUMNS.split(",").length - 1) + "?)";
    private static final String INSERT_LINE = "INSERT INTO meal_order_line (" + OrderLine.COLUMNS + ") VALUES ("
            + "?,".repeat(OrderLine.COLUMNS.split(",").length - 1) + "?)";

    private static final String INSERT_SHARE =
            "INSERT INTO meal_order_subsidy (order_id, scheme_code, funder, tier_code, amount) VALUES (?, ?, ?, ?, ?)";

    /** An order already placed by an account under an idempotency key. */
    record Keyed(long orderId, String fingerprint) {}

    private final JdbcTemplate jdbc;

    OrderRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Keyed> byKey(long accountId, String idempotencyKey) {
        return jdbc
                .query(
                        "SELECT id, request_fingerprint FROM meal_order WHERE placed_by_account_id = ? AND idempotency_key = ?",
                        (rs, n) -> new Keyed(rs.getLong(1), rs.getString(2)),
                        accountId,
                        idempotencyKey)
                .stream()
                .findFirst();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void insert(Order order) {
        jdbc.update(INSERT_ORDER, order.rowValues());
        jdbc.batchUpdate(
                INSERT_LINE,
                order.lines().stream().map(line -> line.rowValues(order.id())).toList());
        if (!order.subsidyShares().isEmpty()) {
            jdbc.batchUpdate(
                    INSERT_SHARE,
                    order.subsidyShares().stream()
                            .map(share -> new Object[] {
                                order.id(), share.schemeCode(), share.funder(), share.tierCode(), share.amount()
                            })
                            .toList());
        }
    }
}
