package cn.xingfu.canteen.ordering;

import cn.xingfu.canteen.shared.MealPeriod;
import cn.xingfu.canteen.subsidy.SchemeUsage;
import cn.xingfu.canteen.subsidy.SubsidyUsage;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
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
        return tally(List.of(seniorId), List.of(date)).usage(seniorId, schemes, date, period);
    }

    /**
     * The usage rows of these seniors around these service dates (their ISO weeks and months), in one read: the group
     * commit of orders counts each order's usage from it, and adds the meals it records in memory as it goes.
     */
    Tally tally(Collection<Long> seniorIds, Collection<LocalDate> dates) {
        Tally tally = new Tally();
        if (seniorIds.isEmpty() || dates.isEmpty()) {
            return tally;
        }
        LocalDate from = dates.stream()
                .map(SubsidyUsageCounter::windowStart)
                .min(LocalDate::compareTo)
                .orElseThrow();
        LocalDate to = dates.stream()
                .map(SubsidyUsageCounter::windowEnd)
                .max(LocalDate::compareTo)
                .orElseThrow();
        List<Object> args = new ArrayList<>(seniorIds);
        args.add(from);
        args.add(to);
        jdbc.query(
                "SELECT senior_id, scheme_code, service_date, meal_period, meals FROM subsidy_usage WHERE senior_id IN ("
                        + String.join(",", Collections.nCopies(seniorIds.size(), "?"))
                        + ") AND service_date BETWEEN ? AND ?",
                rs -> {
                    tally.add(
                            rs.getLong(1),
                            rs.getString(2),
                            rs.getObject(3, LocalDate.class),
                            MealPeriod.valueOf(rs.getString(4)),
                            rs.getInt(5));
                },
                args.toArray());
        return tally;
    }

    /** Subsidised meals of several orders (each under the schemes that paid for it), as one batch. */
    @Transactional(propagation = Propagation.MANDATORY)
    void recordAll(List<Meal> meals) {
        List<Object[]> rows = new ArrayList<>();
        for (Meal meal : meals) {
            for (String scheme : meal.schemes()) {
                rows.add(new Object[] {
                    meal.seniorId(), scheme, meal.date(), meal.period().name(), 1
                });
            }
        }
        if (!rows.isEmpty()) {
            // every value a parameter: the MariaDB driver's rewrite of a batch into one multi-row insert
            // (rewriteBatchedStatements) miscounts the columns of a row with a literal in it
            jdbc.batchUpdate(
                    "INSERT INTO subsidy_usage (senior_id, scheme_code, service_date, meal_period, meals)"
                            + " VALUES (?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE meals = meals + 1",
                    rows);
        }
    }

    /** One subsidised meal of a senior, under the schemes that paid for it. */
    record Meal(long seniorId, List<String> schemes, LocalDate date, MealPeriod period) {}

    /** Subsidised meals per senior, scheme, date and period, as read and as recorded since. */
    static final class Tally {

        private record Key(long seniorId, String scheme, LocalDate date, MealPeriod period) {}

        private final Map<Key, Integer> meals = new HashMap<>();

        private void add(long seniorId, String scheme, LocalDate date, MealPeriod period, int count) {
            meals.merge(new Key(seniorId, scheme, date, period), count, Integer::sum);
        }

        /** Counts a meal recorded after the read (an earlier order of the same group). */
        void add(Meal meal) {
            meal.schemes().forEach(scheme -> add(meal.seniorId(), scheme, meal.date(), meal.period(), 1));
        }

        /** The senior's usage under each scheme in the period, day, ISO week and month of the date. */
        SchemeUsage usage(long seniorId, List<String> schemes, LocalDate date, MealPeriod period) {
            LocalDate weekStart = date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            LocalDate weekEnd = weekStart.plusDays(6);
            Map<String, int[]> counts = new HashMap<>();
            schemes.forEach(scheme -> counts.put(scheme, new int[4]));
            meals.forEach((key, n) -> {
                int[] c = key.seniorId() == seniorId ? counts.get(key.scheme()) : null;
                if (c == null) {
                    return;
                }
                LocalDate day = key.date();
                if (day.equals(date)) {
                    c[1] += n;
                    if (key.period() == period) {
                        c[0] += n;
                    }
                }
                if (!day.isBefore(weekStart) && !day.isAfter(weekEnd)) {
                    c[2] += n;
                }
                if (day.getYear() == date.getYear() && day.getMonth() == date.getMonth()) {
                    c[3] += n;
                }
            });
            Map<String, SubsidyUsage> usage = new HashMap<>();
            counts.forEach((scheme, c) -> usage.put(scheme, new SubsidyUsage(c[0], c[1], c[2], c[3])));
            return SchemeUsage.of(usage);
        }
    }

    private static LocalDate windowStart(LocalDate date) {
        LocalDate weekStart = date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate monthStart = date.withDayOfMonth(1);
        return weekStart.isBefore(monthStart) ? weekStart : monthStart;
    }

    private static LocalDate windowEnd(LocalDate date) {
        LocalDate weekEnd =
                date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusDays(6);
        LocalDate monthEnd = date.with(TemporalAdjusters.lastDayOfMonth());
        return weekEnd.isAfter(monthEnd) ? weekEnd : monthEnd;
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
