package cn.xingfu.canteen.ordering;

import cn.xingfu.canteen.shared.MealPeriod;
import cn.xingfu.canteen.subsidy.SubsidyUsage;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
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

    /** Today's policies grant one scheme; a policy with several schemes counts each under its own code. */
    static final String MEAL_SCHEME = "MEAL";

    private final JdbcTemplate jdbc;

    SubsidyUsageCounter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    SubsidyUsage count(long seniorId, LocalDate date, MealPeriod period) {
        return count(seniorId, MEAL_SCHEME, date, period);
    }

    SubsidyUsage count(long seniorId, String scheme, LocalDate date, MealPeriod period) {
        LocalDate weekStart = date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate weekEnd = weekStart.plusDays(6);
        LocalDate monthStart = date.withDayOfMonth(1);
        LocalDate monthEnd = date.with(TemporalAdjusters.lastDayOfMonth());
        LocalDate from = weekStart.isBefore(monthStart) ? weekStart : monthStart;
        LocalDate to = weekEnd.isAfter(monthEnd) ? weekEnd : monthEnd;
        int[] counts = new int[4];
        jdbc.query(
                "SELECT service_date, meal_period, meals FROM subsidy_usage"
                        + " WHERE senior_id = ? AND scheme_code = ? AND service_date BETWEEN ? AND ?",
                rs -> {
                    LocalDate day = rs.getObject(1, LocalDate.class);
                    int meals = rs.getInt(3);
                    if (day.equals(date)) {
                        counts[1] += meals;
                        if (period.name().equals(rs.getString(2))) {
                            counts[0] += meals;
                        }
                    }
                    if (!day.isBefore(weekStart) && !day.isAfter(weekEnd)) {
                        counts[2] += meals;
                    }
                    if (!day.isBefore(monthStart) && !day.isAfter(monthEnd)) {
                        counts[3] += meals;
                    }
                },
                seniorId,
                scheme,
                from,
                to);
        return new SubsidyUsage(counts[0], counts[1], counts[2], counts[3]);
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
