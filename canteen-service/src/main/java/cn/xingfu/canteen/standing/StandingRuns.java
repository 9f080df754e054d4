package cn.xingfu.canteen.standing;

import cn.xingfu.canteen.shared.MealPeriod;
import cn.xingfu.kernel.Ids;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The run rows. {@link #claim} inserts the slot's row (the unique key lets exactly one insert win, on any
 * instance); the chosen dishes are stored with the claim so that resuming an interrupted claim places the very
 * same order again, which the idempotency key then turns into a replay of the first one.
 */
@Component
class StandingRuns {

    private static final String COLUMNS = "id, standing_order_id, senior_id, canteen_id, service_date, meal_period,"
            + " outcome, items, order_id, code, message_zh, message_en, attempts, last_attempt_at";

    private final JdbcTemplate jdbc;

    StandingRuns(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored run with the dishes it chose (menu item id → quantity, "id:qty,id:qty"). */
    record Stored(RunView view, String items) {}

    Optional<Stored> find(long standingOrderId, LocalDate date, MealPeriod period) {
        return jdbc
                .query(
                        "SELECT " + COLUMNS + " FROM standing_run WHERE standing_order_id = ? AND service_date = ?"
                                + " AND meal_period = ?",
                        StandingRuns::stored,
                        standingOrderId,
                        date,
                        period.name())
                .stream()
                .findFirst();
    }

    /** Inserts the claim; false when another run (here or on another instance) already has the slot. */
    boolean claim(StandingOrder order, LocalDate date, String items, Instant now) {
        try {
            jdbc.update(
                    "INSERT INTO standing_run (id, standing_order_id, senior_id, canteen_id, service_date, meal_period,"
                            + " outcome, items, attempts, first_attempt_at, last_attempt_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?, 'PENDING', ?, 0, ?, ?)",
                    Ids.next(),
                    order.id(),
                    order.seniorId(),
                    order.canteenId(),
                    date,
                    order.period().name(),
                    items,
                    Timestamp.from(now),
                    Timestamp.from(now));
            return true;
        } catch (DuplicateKeyException taken) {
            return false;
        }
    }

    /** A retry of a failed slot chooses again (nothing was placed for it). */
    void rechoose(long runId, String items, Instant now) {
        jdbc.update(
                "UPDATE standing_run SET outcome = 'PENDING', items = ?, last_attempt_at = ? WHERE id = ?"
                        + " AND outcome = 'FAILED'",
                items,
                Timestamp.from(now),
                runId);
    }

    void placed(long runId, long orderId, Instant now) {
        jdbc.update(
                "UPDATE standing_run SET outcome = 'PLACED', order_id = ?, code = NULL, message_zh = NULL,"
                        + " message_en = NULL, attempts = attempts + 1, last_attempt_at = ? WHERE id = ?",
                orderId,
                Timestamp.from(now),
                runId);
    }

    /** Records a refusal, unless another run placed the slot meanwhile. */
    void failed(long runId, String code, String zh, String en, Instant now) {
        jdbc.update(
                "UPDATE standing_run SET outcome = 'FAILED', code = ?, message_zh = ?, message_en = ?,"
                        + " attempts = attempts + 1, last_attempt_at = ? WHERE id = ? AND outcome <> 'PLACED'",
                code,
                cut(zh),
                cut(en),
                Timestamp.from(now),
                runId);
    }

    List<RunView> ofDay(long canteenId, LocalDate date, @Nullable MealPeriod period) {
        String filter = period == null ? "" : " AND meal_period = ?";
        Object[] args = period == null ? new Object[] {canteenId, date} : new Object[] {canteenId, date, period.name()};
        return jdbc.query(
                "SELECT " + COLUMNS + " FROM standing_run WHERE canteen_id = ? AND service_date = ?" + filter
                        + " ORDER BY meal_period, outcome, senior_id",
                (rs, i) -> stored(rs, i).view(),
                args);
    }

    List<RunView> failuresFrom(long canteenId, LocalDate from) {
        return jdbc.query(
                "SELECT " + COLUMNS + " FROM standing_run WHERE canteen_id = ? AND service_date >= ?"
                        + " AND outcome = 'FAILED' ORDER BY service_date, meal_period, senior_id",
                (rs, i) -> stored(rs, i).view(),
                canteenId,
                from);
    }

    private static Stored stored(ResultSet rs, int row) throws SQLException {
        long placed = rs.getLong("order_id");
        Long orderId = rs.wasNull() ? null : placed;
        return new Stored(
                new RunView(
                        rs.getLong("id"),
                        rs.getLong("standing_order_id"),
                        rs.getLong("senior_id"),
                        rs.getLong("canteen_id"),
                        rs.getObject("service_date", LocalDate.class),
                        MealPeriod.valueOf(rs.getString("meal_period")),
                        rs.getString("outcome"),
                        orderId,
                        rs.getString("code"),
                        rs.getString("message_zh"),
                        rs.getString("message_en"),
                        rs.getInt("attempts"),
                        rs.getTimestamp("last_attempt_at").toInstant()),
                rs.getString("items"));
    }

    private static String cut(String text) {
        return text.length() > 300 ? text.substring(0, 300) : text;
    }
}
