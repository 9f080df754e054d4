package cn.xingfu.canteen.integrity;

import cn.xingfu.canteen.integrity.Violation.Rule;
import cn.xingfu.canteen.subsidy.SubsidyPolicies;
import cn.xingfu.canteen.subsidy.SubsidyPolicy;
import cn.xingfu.canteen.subsidy.SubsidyScheme;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks the canteen service's invariants on the rows as they are. Each check is one grouped read; the
 * subsidy checks look at a bounded window of service dates (whole ISO weeks and months, so a cap is never
 * judged on half a week). The run is one REPEATABLE READ transaction: every check sees the same snapshot,
 * so an order committed between two reads never shows up as a wallet/ledger or portion mismatch.
 */
@Service
public class InvariantChecker {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final JdbcTemplate jdbc;
    private final SubsidyPolicies policies;
    private final Clock clock;
    private final int windowDays;

    InvariantChecker(
            JdbcTemplate jdbc,
            SubsidyPolicies policies,
            Clock clock,
            @Value("${xingfu.invariants.window-days:62}") int windowDays) {
        this.jdbc = jdbc;
        this.policies = policies;
        this.clock = clock;
        this.windowDays = windowDays;
    }

    /** Checks every canteen. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public InvariantReport check() {
        return check(null);
    }

    /** Checks the wallets and seniors of one canteen (its home seniors) and its menus, or all when null. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public InvariantReport check(@Nullable Long canteenId) {
        LocalDate today = LocalDate.now(clock.withZone(CHINA));
        LocalDate back = today.minusDays(windowDays);
        LocalDate from = back.withDayOfMonth(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<Violation> violations = new ArrayList<>();
        int wallets = wallets(canteenId, violations);
        int menuItems = portions(canteenId, from, violations);
        Subsidies subsidies = subsidies(canteenId, from, violations);
        return new InvariantReport(
                clock.instant(),
                canteenId,
                from,
                new InvariantReport.Checked(wallets, menuItems, subsidies.seniorDays(), subsidies.counters()),
                violations);
    }

    private int wallets(@Nullable Long canteenId, List<Violation> violations) {
        String sql = "SELECT w.senior_id, w.balance, COALESCE(SUM(e.amount), 0) AS ledger, COUNT(e.id) AS entries"
                + " FROM wallet w"
                + (canteenId != null ? " JOIN senior s ON s.id = w.senior_id AND s.home_canteen_id = ?" : "")
                + " LEFT JOIN wallet_entry e ON e.senior_id = w.senior_id"
                + " GROUP BY w.senior_id, w.balance";
        int[] rows = {0};
        jdbc.query(
                sql,
                rs -> {
                    rows[0]++;
                    BigDecimal balance = rs.getBigDecimal("balance");
                    BigDecimal ledger = rs.getBigDecimal("ledger");
                    if (balance.compareTo(ledger) != 0) {
                        violations.add(new Violation(
                                Rule.WALLET_LEDGER_MISMATCH,
                                "wallet:" + rs.getLong("senior_id"),
                                Map.of("balance", balance, "ledgerSum", ledger, "entries", rs.getInt("entries"))));
                    }
                },
                args(canteenId));
        return rows[0];
    }

    private int portions(@Nullable Long canteenId, LocalDate from, List<Violation> violations) {
        String sql = "SELECT mi.id, mi.portions_total, mi.portions_left,"
                + " COALESCE(SUM(CASE WHEN o.status <> 'CANCELLED' THEN l.quantity ELSE 0 END), 0) AS sold"
                + " FROM menu_item mi"
                + " LEFT JOIN meal_order_line l ON l.menu_item_id = mi.id"
                + " LEFT JOIN meal_order o ON o.id = l.order_id"
                + " WHERE mi.service_date >= ?" + (canteenId != null ? " AND mi.canteen_id = ?" : "")
                + " GROUP BY mi.id, mi.portions_total, mi.portions_left";
        int[] rows = {0};
        jdbc.query(
                sql,
                rs -> {
                    rows[0]++;
                    int total = rs.getInt("portions_total");
                    int left = rs.getInt("portions_left");
                    int sold = rs.getInt("sold");
                    Map<String, Object> figures = Map.of("total", total, "left", left, "sold", sold);
                    String subject = "menu_item:" + rs.getLong("id");
                    if (sold > total) {
                        violations.add(new Violation(Rule.PORTIONS_OVERSOLD, subject, figures));
                    } else if (left + sold != total) {
                        // every writer of portions keeps total - left = sold (take, give back, set, sold out, back in
                        // stock)
                        violations.add(new Violation(Rule.PORTIONS_MISCOUNTED, subject, figures));
                    }
                },
                canteenId != null ? new Object[] {from, canteenId} : new Object[] {from});
        return rows[0];
    }

    private record SeniorDay(long seniorId, LocalDate date) {}

    private record PeriodKey(long seniorId, LocalDate date, String period) {}

    private record Subsidies(int seniorDays, int counters) {}

    private Subsidies subsidies(@Nullable Long canteenId, LocalDate from, List<Violation> violations) {
        String seniorFilter = canteenId != null ? " JOIN senior s ON s.id = o.senior_id AND s.home_canteen_id = ?" : "";
        Map<PeriodKey, Integer> perPeriod = new LinkedHashMap<>();
        Map<SeniorDay, String> district = new HashMap<>();
        jdbc.query(
                "SELECT o.senior_id, o.service_date, o.meal_period, MIN(c.district_code) AS district, COUNT(*) AS meals"
                        + " FROM meal_order o JOIN canteen c ON c.id = o.canteen_id" + seniorFilter
                        + " WHERE o.subsidy > 0 AND o.status <> 'CANCELLED' AND o.service_date >= ?"
                        + " GROUP BY o.senior_id, o.service_date, o.meal_period",
                rs -> {
                    long senior = rs.getLong("senior_id");
                    LocalDate date = rs.getObject("service_date", LocalDate.class);
                    perPeriod.put(new PeriodKey(senior, date, rs.getString("meal_period")), rs.getInt("meals"));
                    district.putIfAbsent(new SeniorDay(senior, date), rs.getString("district"));
                },
                withFrom(canteenId, from));

        Map<Long, TreeMap<LocalDate, Integer>> perDay = new HashMap<>();
        perPeriod.forEach((key, meals) ->
                perDay.computeIfAbsent(key.seniorId(), s -> new TreeMap<>()).merge(key.date(), meals, Integer::sum));
        perPeriod.forEach((key, meals) -> {
            SubsidyPolicy policy =
                    policies.inForceOrNone(district.get(new SeniorDay(key.seniorId(), key.date())), key.date());
            if (policy.basis() == SubsidyPolicy.Basis.PER_MEAL && meals > 1) {
                violations.add(new Violation(
                        Rule.SUBSIDY_PER_PERIOD_EXCEEDED,
                        "senior:" + key.seniorId(),
                        Map.of("date", key.date().toString(), "period", key.period(), "meals", meals, "allowed", 1)));
            }
        });
        perDay.forEach((senior, days) -> days.forEach((date, meals) -> {
            SubsidyPolicy policy = policies.inForceOrNone(district.get(new SeniorDay(senior, date)), date);
            if (policy.basis() == SubsidyPolicy.Basis.PER_DAY && meals > 1) {
                violations.add(new Violation(
                        Rule.SUBSIDY_PER_PERIOD_EXCEEDED,
                        "senior:" + senior,
                        Map.of("date", date.toString(), "period", "DAY", "meals", meals, "allowed", 1)));
            }
            capExceeded(senior, "DAY", date, meals, capOf(policy, SubsidyScheme::dailyCap), violations);
        }));
        perDay.forEach((senior, days) -> {
            Map<LocalDate, Integer> weeks = new TreeMap<>();
            Map<LocalDate, Integer> months = new TreeMap<>();
            days.forEach((date, meals) -> {
                weeks.merge(date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), meals, Integer::sum);
                months.merge(date.withDayOfMonth(1), meals, Integer::sum);
            });
            // the cap of the policy in force on the last subsidised day of the week or month decides
            weeks.forEach((monday, meals) -> {
                LocalDate last = days.floorKey(monday.plusDays(6));
                capExceeded(
                        senior,
                        "WEEK",
                        monday,
                        meals,
                        capOf(policyOn(senior, last, district), SubsidyScheme::weeklyCap),
                        violations);
            });
            months.forEach((first, meals) -> {
                LocalDate last = days.floorKey(first.with(TemporalAdjusters.lastDayOfMonth()));
                capExceeded(
                        senior,
                        "MONTH",
                        first,
                        meals,
                        capOf(policyOn(senior, last, district), SubsidyScheme::monthlyCap),
                        violations);
            });
        });

        int[] counters = {0};
        Map<PeriodKey, Integer> counted = new HashMap<>();
        jdbc.query(
                "SELECT u.senior_id, u.service_date, u.meal_period, u.meals FROM subsidy_usage u"
                        + (canteenId != null ? " JOIN senior s ON s.id = u.senior_id AND s.home_canteen_id = ?" : "")
                        + " WHERE u.scheme_code = 'MEAL' AND u.service_date >= ?",
                rs -> {
                    counters[0]++;
                    counted.put(
                            new PeriodKey(
                                    rs.getLong("senior_id"),
                                    rs.getObject("service_date", LocalDate.class),
                                    rs.getString("meal_period")),
                            rs.getInt("meals"));
                },
                withFrom(canteenId, from));
        Map<PeriodKey, Integer> all = new LinkedHashMap<>(perPeriod);
        counted.keySet().forEach(key -> all.putIfAbsent(key, 0));
        all.forEach((key, meals) -> {
            int counter = counted.getOrDefault(key, 0);
            if (counter != meals) {
                violations.add(new Violation(
                        Rule.SUBSIDY_COUNTER_MISMATCH,
                        "senior:" + key.seniorId(),
                        Map.of(
                                "date",
                                key.date().toString(),
                                "period",
                                key.period(),
                                "counter",
                                counter,
                                "orders",
                                meals)));
            }
        });
        return new Subsidies(district.size(), counters[0]);
    }

    private SubsidyPolicy policyOn(long senior, @Nullable LocalDate date, Map<SeniorDay, String> district) {
        LocalDate day = date != null ? date : LocalDate.now(clock.withZone(CHINA));
        return policies.inForceOrNone(district.get(new SeniorDay(senior, day)), day);
    }

    private static void capExceeded(
            long senior, String span, LocalDate start, int meals, @Nullable Integer cap, List<Violation> violations) {
        if (cap != null && meals > cap) {
            violations.add(new Violation(
                    Rule.SUBSIDY_CAP_EXCEEDED,
                    "senior:" + senior,
                    Map.of("span", span, "from", start.toString(), "meals", meals, "cap", cap)));
        }
    }

    private static Object[] args(@Nullable Long canteenId) {
        return canteenId != null ? new Object[] {canteenId} : new Object[0];
    }

    private static Object[] withFrom(@Nullable Long canteenId, LocalDate from) {
        return canteenId != null ? new Object[] {canteenId, from} : new Object[] {from};
    }

    /**
     * The caps of the policy's first scheme, the meal subsidy every policy has had since before schemes existed.
     * Meals are counted per senior, not per scheme, so an add-on scheme's own caps are not checked here.
     */
    private static @Nullable Integer capOf(SubsidyPolicy policy, Function<SubsidyScheme, Integer> cap) {
        return policy.mealScheme().map(cap).orElse(null);
    }
}
