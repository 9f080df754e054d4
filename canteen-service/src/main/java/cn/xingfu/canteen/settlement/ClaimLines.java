package cn.xingfu.canteen.settlement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The set-based SQL of a settlement: copying a week's subsidised meals of a canteen into claim lines, the adjustments
 * for meals of locked months that were cancelled (or placed late) since, and the totals. Every write runs inside a
 * transaction that holds the settlement's row lock and has checked it is not submitted (see {@link SettlementRun}), so
 * a locked month's lines can never change.
 */
@Component
class ClaimLines {

    private static final String LINE_COLUMNS =
            "settlement_id, order_id, kind, canteen_id, senior_id, senior_masked_name,"
                    + " service_date, meal_period, channel, verification, gross, price_rule_discount, subsidy, self_pay,"
                    + " tier_code, policy_version";

    /** The meals a month claims: subsidised and not cancelled. */
    private static final String CLAIMED = "o.subsidy > 0 AND o.status <> 'CANCELLED'";

    private final JdbcTemplate jdbc;

    ClaimLines(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Replaces the original lines of the days {@code from}..{@code to} with the canteen's subsidised meals of those
     * days.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    int copyDays(long settlementId, long canteenId, LocalDate from, LocalDate to) {
        jdbc.update(
                "DELETE FROM settlement_share WHERE settlement_id = ? AND kind = 'ORIGINAL' AND service_date BETWEEN ? AND ?",
                settlementId,
                from,
                to);
        jdbc.update(
                "DELETE FROM settlement_line WHERE settlement_id = ? AND kind = 'ORIGINAL' AND service_date BETWEEN ? AND ?",
                settlementId,
                from,
                to);
        int lines = jdbc.update(
                "INSERT INTO settlement_line (" + LINE_COLUMNS + ") SELECT ?, o.id, 'ORIGINAL', o.canteen_id,"
                        + " o.senior_id, o.senior_masked_name, o.service_date, o.meal_period, o.channel, o.verification,"
                        + " o.gross, o.price_rule_discount, o.subsidy, o.self_pay, o.tier_code, o.policy_version"
                        + " FROM meal_order o WHERE o.canteen_id = ? AND o.service_date BETWEEN ? AND ? AND " + CLAIMED,
                settlementId,
                canteenId,
                from,
                to);
        jdbc.update(
                "INSERT INTO settlement_share (settlement_id, order_id, kind, scheme_code, funder, tier_code,"
                        + " service_date, amount) SELECT ?, s.order_id, 'ORIGINAL', s.scheme_code, s.funder, s.tier_code,"
                        + " o.service_date, s.amount FROM meal_order o JOIN meal_order_subsidy s ON s.order_id = o.id"
                        + " WHERE o.canteen_id = ? AND o.service_date BETWEEN ? AND ? AND " + CLAIMED,
                settlementId,
                canteenId,
                from,
                to);
        return lines;
    }

    /**
     * Replaces the settlement's adjustment lines: for every meal claimed in a submitted (earlier) month of the canteen
     * that has been cancelled since and not yet adjusted in a submitted settlement, the claimed line negated; for
     * every subsidised meal of a submitted month that no submitted settlement claimed (an offline order synced late),
     * the meal itself.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    int copyAdjustments(long settlementId, long canteenId, YearMonth month) {
        jdbc.update("DELETE FROM settlement_share WHERE settlement_id = ? AND kind = 'ADJUSTMENT'", settlementId);
        jdbc.update("DELETE FROM settlement_line WHERE settlement_id = ? AND kind = 'ADJUSTMENT'", settlementId);
        String notYetAdjusted = " AND NOT EXISTS (SELECT 1 FROM settlement_line a JOIN settlement q"
                + " ON q.id = a.settlement_id WHERE a.order_id = l.order_id AND a.kind = 'ADJUSTMENT'"
                + " AND q.status = 'SUBMITTED')";
        String cancelledSince = " FROM settlement_line l JOIN settlement p ON p.id = l.settlement_id"
                + " JOIN meal_order o ON o.id = l.order_id"
                + " WHERE p.canteen_id = ? AND p.status = 'SUBMITTED' AND p.settle_month < ? AND l.kind = 'ORIGINAL'"
                + " AND o.status = 'CANCELLED'" + notYetAdjusted;
        int lines = jdbc.update(
                "INSERT INTO settlement_line (" + LINE_COLUMNS + ") SELECT ?, l.order_id, 'ADJUSTMENT', l.canteen_id,"
                        + " l.senior_id, l.senior_masked_name, l.service_date, l.meal_period, l.channel,"
                        + " l.verification, -l.gross, -l.price_rule_discount, -l.subsidy, -l.self_pay, l.tier_code,"
                        + " l.policy_version" + cancelledSince,
                settlementId,
                canteenId,
                month.toString());
        jdbc.update(
                "INSERT INTO settlement_share (settlement_id, order_id, kind, scheme_code, funder, tier_code,"
                        + " service_date, amount) SELECT ?, s.order_id, 'ADJUSTMENT', s.scheme_code, s.funder,"
                        + " s.tier_code, s.service_date, -s.amount FROM settlement_share s JOIN settlement_line l"
                        + " ON l.settlement_id = s.settlement_id AND l.order_id = s.order_id AND l.kind = s.kind"
                        + " JOIN settlement p ON p.id = l.settlement_id JOIN meal_order o ON o.id = l.order_id"
                        + " WHERE p.canteen_id = ? AND p.status = 'SUBMITTED' AND p.settle_month < ?"
                        + " AND l.kind = 'ORIGINAL' AND o.status = 'CANCELLED'" + notYetAdjusted,
                settlementId,
                canteenId,
                month.toString());
        List<String> lockedMonths = jdbc.queryForList(
                "SELECT settle_month FROM settlement WHERE canteen_id = ? AND status = 'SUBMITTED' AND settle_month < ?",
                String.class,
                canteenId,
                month.toString());
        for (String locked : lockedMonths) {
            YearMonth m = YearMonth.parse(locked);
            String late = " FROM meal_order o WHERE o.canteen_id = ? AND o.service_date BETWEEN ? AND ? AND " + CLAIMED
                    + " AND NOT EXISTS (SELECT 1 FROM settlement_line a JOIN settlement q ON q.id = a.settlement_id"
                    + " WHERE a.order_id = o.id AND q.status = 'SUBMITTED')";
            lines += jdbc.update(
                    "INSERT INTO settlement_line (" + LINE_COLUMNS + ") SELECT ?, o.id, 'ADJUSTMENT', o.canteen_id,"
                            + " o.senior_id, o.senior_masked_name, o.service_date, o.meal_period, o.channel,"
                            + " o.verification, o.gross, o.price_rule_discount, o.subsidy, o.self_pay, o.tier_code,"
                            + " o.policy_version" + late,
                    settlementId,
                    canteenId,
                    m.atDay(1),
                    m.atEndOfMonth());
            jdbc.update(
                    "INSERT INTO settlement_share (settlement_id, order_id, kind, scheme_code, funder, tier_code,"
                            + " service_date, amount) SELECT ?, s.order_id, 'ADJUSTMENT', s.scheme_code, s.funder,"
                            + " s.tier_code, o.service_date, s.amount FROM meal_order_subsidy s JOIN meal_order o"
                            + " ON o.id = s.order_id WHERE o.id IN (SELECT o.id" + late + ")",
                    settlementId,
                    canteenId,
                    m.atDay(1),
                    m.atEndOfMonth());
        }
        return lines;
    }

    /** Sums the lines into the settlement's row. */
    @Transactional(propagation = Propagation.MANDATORY)
    void total(long settlementId) {
        jdbc.update(
                "UPDATE settlement SET line_count = (SELECT COUNT(*) FROM settlement_line WHERE settlement_id = ?),"
                        + " gross_total = (SELECT COALESCE(SUM(gross), 0) FROM settlement_line WHERE settlement_id = ?),"
                        + " discount_total = (SELECT COALESCE(SUM(price_rule_discount), 0) FROM settlement_line"
                        + " WHERE settlement_id = ?),"
                        + " subsidy_total = (SELECT COALESCE(SUM(subsidy), 0) FROM settlement_line WHERE settlement_id = ?),"
                        + " self_pay_total = (SELECT COALESCE(SUM(self_pay), 0) FROM settlement_line"
                        + " WHERE settlement_id = ?) WHERE id = ?",
                settlementId,
                settlementId,
                settlementId,
                settlementId,
                settlementId,
                settlementId);
    }

    List<SettlementView.TierTotal> byTier(long settlementId) {
        return jdbc.query(
                "SELECT funder, scheme_code, tier_code, SUM(CASE WHEN amount < 0 THEN -1 ELSE 1 END), SUM(amount)"
                        + " FROM settlement_share WHERE settlement_id = ? GROUP BY funder, scheme_code, tier_code"
                        + " ORDER BY funder, scheme_code, tier_code",
                (rs, n) -> new SettlementView.TierTotal(
                        rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getBigDecimal(5)),
                settlementId);
    }

    BigDecimal sharesTotal(long settlementId) {
        return jdbc.queryForObject(
                "SELECT COALESCE(SUM(amount), 0) FROM settlement_share WHERE settlement_id = ?",
                BigDecimal.class,
                settlementId);
    }

    int adjustmentLines(long settlementId) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM settlement_line WHERE settlement_id = ? AND kind = 'ADJUSTMENT'",
                Integer.class,
                settlementId);
    }

    /** The scheme codes that appear in the settlement, for the export's columns. */
    List<String> schemes(long settlementId) {
        return jdbc.queryForList(
                "SELECT DISTINCT scheme_code FROM settlement_share WHERE settlement_id = ? ORDER BY scheme_code",
                String.class,
                settlementId);
    }

    /** Streams the lines in claim order (date, meal, order) with their schemes' amounts, without holding them all. */
    void eachLine(long settlementId, String canteenName, Consumer<ClaimLine> sink) {
        ClaimLine[] current = new ClaimLine[1];
        jdbc.query(
                con -> {
                    var ps = con.prepareStatement(
                            "SELECT l.order_id, l.kind, l.senior_id, l.senior_masked_name, l.service_date,"
                                    + " l.meal_period, l.channel, l.verification, l.gross, l.price_rule_discount,"
                                    + " l.subsidy, l.self_pay, l.tier_code, s.scheme_code, s.amount"
                                    + " FROM settlement_line l LEFT JOIN settlement_share s"
                                    + " ON s.settlement_id = l.settlement_id AND s.order_id = l.order_id"
                                    + " AND s.kind = l.kind WHERE l.settlement_id = ?"
                                    + " ORDER BY l.kind DESC, l.service_date, l.meal_period, l.order_id, s.scheme_code",
                            java.sql.ResultSet.TYPE_FORWARD_ONLY,
                            java.sql.ResultSet.CONCUR_READ_ONLY);
                    ps.setFetchSize(1000);
                    ps.setLong(1, settlementId);
                    return ps;
                },
                (RowCallbackHandler) rs -> {
                    long orderId = rs.getLong(1);
                    String kind = rs.getString(2);
                    if (current[0] == null
                            || current[0].orderId() != orderId
                            || !current[0].kind().equals(kind)) {
                        if (current[0] != null) {
                            sink.accept(current[0]);
                        }
                        current[0] = new ClaimLine(
                                orderId,
                                kind,
                                canteenName,
                                rs.getLong(3),
                                rs.getString(4),
                                rs.getObject(5, LocalDate.class),
                                rs.getString(6),
                                rs.getString(7),
                                rs.getString(8),
                                rs.getBigDecimal(9),
                                rs.getBigDecimal(10),
                                rs.getBigDecimal(11),
                                rs.getBigDecimal(12),
                                rs.getString(13),
                                new LinkedHashMap<>());
                    }
                    String scheme = rs.getString(14);
                    if (scheme != null) {
                        current[0].schemeAmounts().put(scheme, rs.getBigDecimal(15));
                    }
                });
        if (current[0] != null) {
            sink.accept(current[0]);
        }
    }
}
