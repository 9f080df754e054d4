package cn.xingfu.canteen.ordering;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place where new orders' rows (the orders, their lines, each subsidy scheme's share) are written and where
 * placement looks up idempotency keys: plain JDBC, each table as one batch for a whole group of orders, so the entity
 * manager stays off the lunch-rush path (reads and later changes of an order
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

    /** Which of these (account, idempotency key) pairs already have an order: one read for a group of orders. */
    Set<AccountKey> existing(Collection<AccountKey> keys) {
        if (keys.isEmpty()) {
            return Set.of();
        }
        // two IN lists instead of row values: both databases range-scan the unique key with them
        List<Long> accounts =
                keys.stream().map(AccountKey::accountId).distinct().toList();
        List<String> idempotencyKeys =
                keys.stream().map(AccountKey::idempotencyKey).distinct().toList();
        List<Object> args = new ArrayList<>(accounts);
        args.addAll(idempotencyKeys);
        Set<AccountKey> found = new HashSet<>();
        jdbc.query(
                "SELECT placed_by_account_id, idempotency_key FROM meal_order WHERE placed_by_account_id IN ("
                        + marks(accounts.size()) + ") AND idempotency_key IN (" + marks(idempotencyKeys.size()) + ")",
                rs -> {
                    found.add(new AccountKey(rs.getLong(1), rs.getString(2)));
                },
                args.toArray());
        found.retainAll(keys);
        return found;
    }

    /** The key an account placed an order under. */
    record AccountKey(long accountId, String idempotencyKey) {}

    /** Writes new orders, their lines and their subsidy shares: three batches whatever the number of orders. */
    @Transactional(propagation = Propagation.MANDATORY)
    void insertAll(List<Order> orders) {
        jdbc.batchUpdate(INSERT_ORDER, orders.stream().map(Order::rowValues).toList());
        jdbc.batchUpdate(
                INSERT_LINE,
                orders.stream()
                        .flatMap(order -> order.lines().stream().map(line -> line.rowValues(order.id())))
                        .toList());
        List<Object[]> shares = orders.stream()
                .flatMap(order -> order.subsidyShares().stream()
                        .map(share -> new Object[] {
                            order.id(), share.schemeCode(), share.funder(), share.tierCode(), share.amount()
                        }))
                .toList();
        if (!shares.isEmpty()) {
            jdbc.batchUpdate(INSERT_SHARE, shares);
        }
    }

    private static String marks(int n) {
        return String.join(",", Collections.nCopies(n, "?"));
    }
}
