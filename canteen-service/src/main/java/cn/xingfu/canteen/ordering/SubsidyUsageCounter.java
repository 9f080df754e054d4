package cn.xingfu.canteen.ordering;

import cn.xingfu.canteen.shared.MealPeriod;
import cn.xingfu.canteen.subsidy.SubsidyUsage;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Counts a senior's subsidised meals that still stand (cancelled orders give their subsidy back) around a
 * service date, in one indexed query. Callers hold the senior's wallet lock, so the count cannot change
 * underneath them.
 */
@Component
class SubsidyUsageCounter {

    private final JdbcTemplate jdbc;

    SubsidyUsageCounter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    SubsidyUsage count(long seniorId, LocalDate date, MealPeriod period) {
        LocalDate weekStart = date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate weekEnd = weekStart.plusDays(6);
        LocalDate monthStart = date.withDayOfMonth(1);
        LocalDate monthEnd = date.with(TemporalAdjusters.lastDayOfMonth());
        LocalDate from = weekStart.isBefore(monthStart) ? weekStart : monthStart;
        LocalDate to = weekEnd.isAfter(monthEnd) ? weekEnd : monthEnd;
        return jdbc.queryForObject(
                """
                SELECT
                  COALESCE(SUM(CASE WHEN service_date = ? AND meal_period = ? THEN 1 ELSE 0 END), 0),
                  COALESCE(SUM(CASE WHEN service_date = ? THEN 1 ELSE 0 END), 0),
                  COALESCE(SUM(CASE WHEN service_date BETWEEN ? AND ? THEN 1 ELSE 0 END), 0),
                  COALESCE(SUM(CASE WHEN service_date BETWEEN ? AND ? THEN 1 ELSE 0 END), 0)
                FROM meal_order
                WHERE senior_id = ? AND service_date BETWEEN ? AND ? AND subsidy > 0 AND status <> 'CANCELLED'
                """,
                (rs, row) -> new SubsidyUsage(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)),
                date,
                period.name(),
                date,
                weekStart,
                weekEnd,
                monthStart,
                monthEnd,
                seniorId,
                from,
                to);
    }
}
