package cn.xingfu.canteen.ordering;

import cn.xingfu.canteen.shared.MealPeriod;
import cn.xingfu.canteen.subsidy.SchemeUsage;
import cn.xingfu.canteen.subsidy.SubsidyUsage;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A senior's subsidised meals per scheme, service date and meal period ({@code subsidy_usage}), kept in the
 * order's own transaction: placing a subsidised order adds one, cancelling it takes one away. Counting the
 * period, day, ISO week and month around a date then reads a few dozen rows at most instead of the senior's
 * past orders. Writers hold the senior's wallet lock, so a count cannot change between reading it and
 * recording the meal it allowed.
 */
@Component
class SubsidyUsageCounter {

    /** The scheme of policies written before schemes existed; a policy with several schemes counts each under its code. */
    static final String MEAL_SCHEME = "MEAL";

    private final JdbcTemplate jdbc;

    SubsidyUsageCounter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    SubsidyUsage count(long seniorId, LocalDate date, MealPeriod period) {
        return count(seniorId, List.of(MEAL_SCHEME), date, period).of(MEAL_SCHEME);
    }

    SubsidyUsage count(long seniorId, String scheme, LocalDate date, MealPeriod period) {
        return count(seniorId, List.of(scheme), date, period).of(scheme);
    }

    /** The senior's usage under each of the schemes, in one read of the rows around the date. */
    SchemeUsage count(long seniorId, List<String> schemes, LocalDate date, MealPeriod period) {
        if (schemes.isEmpty()) {
            return SchemeUsage.of(Map.of());
        }
        LocalDate weekStart = date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate weekEnd = weekStart.plusDays(6);
        LocalDate monthStart = date.withDayOfMonth(1);
        LocalDate monthEnd = date.with(TemporalAdjusters.lastDayOfMonth());
        LocalDate from = weekStart.isBefore(monthStart) ? weekStart : monthStart;
        LocalDate to = weekEnd.isAfter(monthEnd) ? weekEnd : monthEnd;
        Map<String, int[]> counts = new HashMap<>();
        schemes.forEach(s -> counts.put(s, new int[4]));
        List<Object> args = new ArrayList<>();
        args.add(seniorId);
        args.addAll(schemes);
        args.add(from);
        args.add(to);
        jdbc.query(
                "SELECT scheme_code, service_date, meal_period, meals FROM subsidy_usage WHERE senior_id = ?"
                        + " AND scheme_code IN (" + String.join(",", Collections.nCopies(schemes.size(), "?"))
                        + ") AND service_date BETWEEN ? AND ?",
                rs -> {
                    int[] c = counts.get(rs.getString(1));
                    LocalDate day = rs.getObject(2, LocalDate.class);
                    int meals = rs.getInt(4);
                    if (day.equals(date)) {
                        c[1] += meals;
                        if (period.name().equals(rs.getString(3))) {
                            c[0] += meals;
                        }
                    }
                    if (!day.isBefore(weekStart) && !day.isAfter(weekEnd)) {
                        c[2] += meals;
                    }
                    if (!day.isBefore(monthStart) && !day.isAfter(monthEnd)) {
                        c[3] += meals;
                    }
                },
                args.toArray());
        Map<String, SubsidyUsage> usage = new HashMap<>();
        counts.forEach((scheme, c) -> usage.put(scheme, new SubsidyUsage(c[0], c[1], c[2], c[3])));
        return SchemeUsage.of(usage);
    }

    /** One more subsidised meal, in the transaction that places it. */
    @Transactional(propagation = Propagation.MANDATORY)
    void record(long seniorId, String scheme, LocalDate date, MealPeriod period) {
        jdbc.update(
                "INSERT INTO subsidy_usage (senior_id, scheme_code, service_date, meal_period, meals)"
                        + " VALUES (?, ?, ?, ?, 1) ON DUPLICATE KEY UPDATE meals = meals + 1",
                seniorId,
                scheme,
                date,
                period.name());
    }

    /** One more subsidised meal under each scheme that paid for it, in the transaction that places it. */
    @Transactional(propagation = Propagation.MANDATORY)
    void record(long seniorId, List<String> schemes, LocalDate date, MealPeriod period) {
        jdbc.batchUpdate(
                "INSERT INTO subsidy_usage (senior_id, scheme_code, service_date, meal_period, meals)"
                        + " VALUES (?, ?, ?, ?, 1) ON DUPLICATE KEY UPDATE meals = meals + 1",
                schemes.stream()
                        .map(scheme -> new Object[] {seniorId, scheme, date, period.name()})
                        .toList());
    }

    /** A subsidised order was cancelled: each scheme that paid for it is free again, in the cancelling transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    void releaseOrder(long orderId, long seniorId, LocalDate date, MealPeriod period) {
        jdbc.queryForList("SELECT scheme_code FROM meal_order_subsidy WHERE order_id = ?", String.class, orderId)
                .forEach(scheme -> release(seniorId, scheme, date, period));
    }

    /** A subsidised meal was cancelled: its subsidy is free again, in the transaction that cancels it. */
    @Transactional(propagation = Propagation.MANDATORY)
    void release(long seniorId, String scheme, LocalDate date, MealPeriod period) {
        jdbc.update(
                "UPDATE subsidy_usage SET meals = meals - 1"
                        + " WHERE senior_id = ? AND scheme_code = ? AND service_date = ? AND meal_period = ? AND meals > 0",
                seniorId,
                scheme,
                date,
                period.name());
    }
}
