package cn.xingfu.canteen.settlement;

import cn.xingfu.canteen.shared.security.Actor;
import cn.xingfu.canteen.site.CanteenDirectory;
import cn.xingfu.canteen.site.CanteenView;
import cn.xingfu.canteen.standing.Absence;
import cn.xingfu.canteen.standing.PauseReason;
import cn.xingfu.canteen.standing.SeniorAbsences;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The anti-fraud rules run over a canteen's month before submission (DOMAIN.md §5.3), each with its own findings:
 * <ol>
 *   <li>TWO_SITES_ONE_PERIOD: the same senior ordered at two canteens in one meal period — every attempt, also the
 *       second order that the one-subsidy-per-period rule already charged at full price;
 *   <li>SCAN_BURST: one operator or kiosk scanned cards (or entered staff-checked orders) faster than a person can
 *       be served: at least {@code burstCount} within {@code burstWindow};
 *   <li>NOT_ELIGIBLE_ON_DATE: a subsidised meal on a day the senior was recorded dead, moved away, or staying in a
 *       care institution (stay notices from care-facility-service);
 *   <li>NEVER_IN_PERSON: a senior with at least {@code absentClaims} subsidised dine-in or takeaway meals and not one
 *       card scan or card code in the month anywhere;
 *   <li>CARD_OUT_OF_SCOPE: cards scanned at this canteen outside their registration scope;
 *   <li>STAFF_CHECK_SHARE: the share of subsidised meals verified only by staff (no card) far above the canteen's
 *       usual share (the three months before), or above the district's when the canteen has no history.
 * </ol>
 * Thresholds are settings ({@code xingfu.fraud.*}) until the bureau fixes them.
 */
@Service
public class FraudChecks {

    private final JdbcTemplate jdbc;
    private final CanteenDirectory canteens;
    private final SeniorAbsences absences;
    private final Settlements settlements;
    private final int burstCount;
    private final Duration burstWindow;
    private final int absentClaims;
    private final double shareFactor;
    private final int shareMinimumOrders;

    FraudChecks(
            JdbcTemplate jdbc,
            CanteenDirectory canteens,
            SeniorAbsences absences,
            Settlements settlements,
            @Value("${xingfu.fraud.burst-count:10}") int burstCount,
            @Value("${xingfu.fraud.burst-window:60s}") Duration burstWindow,
            @Value("${xingfu.fraud.absent-claims:8}") int absentClaims,
            @Value("${xingfu.fraud.staff-check-share-factor:2.0}") double shareFactor,
            @Value("${xingfu.fraud.staff-check-minimum-orders:20}") int shareMinimumOrders) {
        this.jdbc = jdbc;
        this.canteens = canteens;
        this.absences = absences;
        this.settlements = settlements;
        this.burstCount = burstCount;
        this.burstWindow = burstWindow;
        this.absentClaims = absentClaims;
        this.shareFactor = shareFactor;
        this.shareMinimumOrders = shareMinimumOrders;
    }

    public FraudReport report(long canteenId, YearMonth month, Actor actor) {
        settlements.view(canteenId, month, actor); // the same access as the settlement itself
        CanteenView canteen = canteens.canteen(canteenId);
        LocalDate from = month.atDay(1);
        LocalDate to = month.atEndOfMonth();
        return new FraudReport(
                canteenId,
                month.toString(),
                List.of(
                        rule(
                                "TWO_SITES_ONE_PERIOD",
                                "同一长者同餐次在两处就餐",
                                "Same senior at two sites in one meal",
                                twoSites(canteenId, from, to)),
                        rule(
                                "SCAN_BURST",
                                "同一操作员或自助机短时间内大量刷卡",
                                "Bursts of scans by one operator or kiosk",
                                bursts(canteenId, from, to)),
                        rule(
                                "NOT_ELIGIBLE_ON_DATE",
                                "长者当日已故、迁出或入住养老机构",
                                "Senior deceased, moved away or in a care institution on the day",
                                notEligible(canteenId, from, to)),
                        rule(
                                "NEVER_IN_PERSON",
                                "有补贴记录但从未本人到场刷卡",
                                "Claims for seniors never seen in person",
                                neverInPerson(canteenId, from, to)),
                        rule(
                                "CARD_OUT_OF_SCOPE",
                                "卡片在登记范围外使用",
                                "Cards used outside their scope",
                                outOfScope(canteenId, from, to)),
                        rule(
                                "STAFF_CHECK_SHARE",
                                "无卡人工核验比例异常偏高",
                                "Staff-check orders without a card far above usual",
                                staffCheckShare(canteen, month))));
    }

    private static FraudReport.RuleResult rule(String code, String zh, String en, List<FraudReport.Finding> findings) {
        return new FraudReport.RuleResult(code, zh, en, findings);
    }

    List<FraudReport.Finding> twoSites(long canteenId, LocalDate from, LocalDate to) {
        Map<String, FraudReport.Finding> found = new LinkedHashMap<>();
        jdbc.query(
                "SELECT a.senior_id, a.senior_masked_name, a.service_date, a.meal_period, a.id, b.id, b.canteen_id,"
                        + " b.subsidy_reason, b.status FROM meal_order a JOIN meal_order b ON b.senior_id = a.senior_id"
                        + " AND b.service_date = a.service_date AND b.meal_period = a.meal_period"
                        + " AND b.canteen_id <> a.canteen_id WHERE a.canteen_id = ? AND a.service_date BETWEEN ? AND ?"
                        + " ORDER BY a.service_date, a.meal_period, a.senior_id, b.id",
                rs -> {
                    long senior = rs.getLong(1);
                    LocalDate day = rs.getObject(3, LocalDate.class);
                    String period = rs.getString(4);
                    String key = senior + "|" + day + "|" + period;
                    FraudReport.Finding known = found.get(key);
                    List<Long> ids =
                            known == null ? new ArrayList<>(List.of(rs.getLong(5))) : new ArrayList<>(known.orderIds());
                    if (!ids.contains(rs.getLong(5))) {
                        ids.add(rs.getLong(5));
                    }
                    ids.add(rs.getLong(6));
                    found.put(
                            key,
                            new FraudReport.Finding(
                                    senior,
                                    rs.getString(2),
                                    day,
                                    period,
                                    "canteen " + rs.getLong(7),
                                    ids,
                                    "同一餐次另在食堂 " + rs.getLong(7) + " 下单（" + rs.getString(9) + "，" + rs.getString(8)
                                            + "）",
                                    "Also ordered at canteen " + rs.getLong(7) + " in the same meal (" + rs.getString(9)
                                            + ", " + rs.getString(8) + ")"));
                },
                canteenId,
                from,
                to);
        return new ArrayList<>(found.values());
    }

    List<FraudReport.Finding> bursts(long canteenId, LocalDate from, LocalDate to) {
        // scans and staff-checked orders by actor, in time order: a sliding window finds every burst once
        Map<String, List<LocalDateTime>> byActor = new TreeMap<>();
        LocalDateTime start = utcStart(from);
        LocalDateTime end = utcStart(to.plusDays(1));
        jdbc.query(
                "SELECT actor_username, scanned_at FROM card_scan WHERE canteen_id = ? AND scanned_at >= ?"
                        + " AND scanned_at < ? ORDER BY actor_username, scanned_at",
                rs -> {
                    byActor.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(rs.getTimestamp(2).toLocalDateTime());
                },
                canteenId,
                Timestamp.valueOf(start),
                Timestamp.valueOf(end));
        jdbc.query(
                "SELECT placed_by, placed_at FROM meal_order WHERE canteen_id = ? AND service_date BETWEEN ? AND ?"
                        + " AND verification = 'STAFF_CHECK'",
                rs -> {
                    byActor.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(rs.getTimestamp(2).toLocalDateTime());
                },
                canteenId,
                from,
                to);
        List<FraudReport.Finding> findings = new ArrayList<>();
        byActor.forEach((actor, times) -> {
            times.sort(null);
            Deque<LocalDateTime> window = new ArrayDeque<>();
            LocalDateTime burstStart = null;
            int burstSize = 0;
            LocalDateTime previous = null;
            for (LocalDateTime t : times) {
                // a pause longer than the window ends a burst: one finding per burst, however long it lasts
                if (burstStart != null && Duration.between(previous, t).compareTo(burstWindow) > 0) {
                    findings.add(burst(actor, burstStart, burstSize));
                    burstStart = null;
                    burstSize = 0;
                }
                window.addLast(t);
                while (Duration.between(window.peekFirst(), t).compareTo(burstWindow) > 0) {
                    window.removeFirst();
                }
                if (window.size() >= burstCount) {
                    if (burstStart == null) {
                        burstStart = window.peekFirst();
                        burstSize = window.size();
                    } else {
                        burstSize++;
                    }
                }
                previous = t;
            }
            if (burstStart != null) {
                findings.add(burst(actor, burstStart, burstSize));
            }
        });
        return findings;
    }

    private FraudReport.Finding burst(String actor, LocalDateTime start, int size) {
        return new FraudReport.Finding(
                null,
                null,
                start.toLocalDate(),
                null,
                actor,
                List.of(),
                actor + " 于 " + start + "（UTC）起 " + burstWindow.toSeconds() + " 秒内操作 " + size + " 次",
                actor + " made " + size + " scans or staff-checked orders within " + burstWindow.toSeconds()
                        + " s from " + start + " UTC");
    }

    List<FraudReport.Finding> notEligible(long canteenId, LocalDate from, LocalDate to) {
        List<FraudReport.Finding> findings = new ArrayList<>();
        jdbc.query(
                "SELECT o.id, o.senior_id, o.senior_masked_name, o.service_date, o.meal_period, s.lifecycle,"
                        + " s.lifecycle_changed_at FROM meal_order o JOIN senior s ON s.id = o.senior_id"
                        + " WHERE o.canteen_id = ? AND o.service_date BETWEEN ? AND ? AND o.subsidy > 0"
                        + " AND o.status <> 'CANCELLED' AND s.lifecycle IN ('DECEASED', 'MOVED_AWAY')"
                        + " ORDER BY o.service_date, o.id",
                rs -> {
                    Timestamp changed = rs.getTimestamp(7);
                    LocalDate day = rs.getObject(4, LocalDate.class);
                    LocalDate since = changed == null
                            ? LocalDate.MIN
                            : changed.toLocalDateTime()
                                    .atZone(java.time.ZoneOffset.UTC)
                                    .withZoneSameInstant(CanteenDirectory.ZONE)
                                    .toLocalDate();
                    if (!day.isBefore(since)) {
                        boolean dead = "DECEASED".equals(rs.getString(6));
                        findings.add(new FraudReport.Finding(
                                rs.getLong(2),
                                rs.getString(3),
                                day,
                                rs.getString(5),
                                rs.getString(6),
                                List.of(rs.getLong(1)),
                                (dead ? "长者自 " + since + " 起登记为已故" : "长者自 " + since + " 起登记为迁出") + "，当日仍有补贴",
                                "Subsidised although the senior is recorded " + (dead ? "deceased" : "moved away")
                                        + " since " + since));
                    }
                },
                canteenId,
                from,
                to);
        Map<Long, List<Object[]>> claims = new LinkedHashMap<>();
        jdbc.query(
                "SELECT id, senior_id, senior_masked_name, service_date, meal_period FROM meal_order"
                        + " WHERE canteen_id = ? AND service_date BETWEEN ? AND ? AND subsidy > 0 AND status <> 'CANCELLED'",
                rs -> {
                    claims.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>())
                            .add(new Object[] {
                                rs.getLong(1), rs.getString(3), rs.getObject(4, LocalDate.class), rs.getString(5)
                            });
                },
                canteenId,
                from,
                to);
        List<Absence> stays = absences.of(claims.keySet(), from, to).stream()
                .filter(a -> a.reason() == PauseReason.CARE_ADMISSION)
                .toList();
        for (Absence stay : stays) {
            for (Object[] claim : claims.getOrDefault(stay.seniorId(), List.of())) {
                LocalDate day = (LocalDate) claim[2];
                if (!day.isBefore(stay.startsOn()) && (stay.endsOn() == null || !day.isAfter(stay.endsOn()))) {
                    findings.add(new FraudReport.Finding(
                            stay.seniorId(),
                            (String) claim[1],
                            day,
                            (String) claim[3],
                            "CARE_ADMISSION",
                            List.of((Long) claim[0]),
                            "长者自 " + stay.startsOn() + " 起入住养老机构，当日仍有补贴",
                            "Subsidised while staying in a care institution since " + stay.startsOn()));
                }
            }
        }
        return findings;
    }

    List<FraudReport.Finding> neverInPerson(long canteenId, LocalDate from, LocalDate to) {
        return jdbc.query(
                "SELECT o.senior_id, MAX(o.senior_masked_name), COUNT(*) FROM meal_order o WHERE o.canteen_id = ?"
                        + " AND o.service_date BETWEEN ? AND ? AND o.subsidy > 0 AND o.status <> 'CANCELLED'"
                        + " AND o.channel <> 'DELIVERY' GROUP BY o.senior_id HAVING COUNT(*) >= ?"
                        + " AND SUM(CASE WHEN o.verification = 'STAFF_CHECK' THEN 0 ELSE 1 END) = 0"
                        + " AND NOT EXISTS (SELECT 1 FROM card_scan c WHERE c.senior_id = o.senior_id"
                        + " AND c.outcome = 'OK' AND c.scanned_at >= ? AND c.scanned_at < ?)"
                        + " ORDER BY o.senior_id",
                (rs, n) -> new FraudReport.Finding(
                        rs.getLong(1),
                        rs.getString(2),
                        null,
                        null,
                        "senior " + rs.getLong(1),
                        List.of(),
                        "本月 " + rs.getInt(3) + " 餐补贴全部由工作人员核验，从未刷卡",
                        rs.getInt(3) + " subsidised meals this month, all staff-checked, never a card"),
                canteenId,
                from,
                to,
                absentClaims,
                Timestamp.valueOf(from.minusDays(1).atStartOfDay()),
                Timestamp.valueOf(to.plusDays(2).atStartOfDay()));
    }

    List<FraudReport.Finding> outOfScope(long canteenId, LocalDate from, LocalDate to) {
        return jdbc.query(
                "SELECT id, card_id, senior_id, actor_username, scanned_at, outcome FROM card_scan"
                        + " WHERE canteen_id = ? AND scanned_at >= ? AND scanned_at < ?"
                        + " AND outcome IN ('CARD_OUT_OF_SCOPE', 'OUT_OF_CANTEEN_SCOPE') ORDER BY scanned_at",
                (rs, n) -> new FraudReport.Finding(
                        (Long) rs.getObject(3, Long.class),
                        null,
                        rs.getTimestamp(5).toLocalDateTime().toLocalDate(),
                        null,
                        "card " + rs.getLong(2),
                        List.of(),
                        "卡 " + rs.getLong(2) + " 在登记范围外刷卡（" + rs.getString(4) + "，" + rs.getString(6) + "），已按原价处理",
                        "Card " + rs.getLong(2) + " scanned outside its scope by " + rs.getString(4) + " ("
                                + rs.getString(6) + "): refused, full price"),
                canteenId,
                Timestamp.valueOf(utcStart(from)),
                Timestamp.valueOf(utcStart(to.plusDays(1))));
    }

    List<FraudReport.Finding> staffCheckShare(CanteenView canteen, YearMonth month) {
        long[] now = shares(Set.of(canteen.id()), month.atDay(1), month.atEndOfMonth());
        if (now[0] < shareMinimumOrders) {
            return List.of();
        }
        long[] usual = shares(
                Set.of(canteen.id()),
                month.minusMonths(3).atDay(1),
                month.minusMonths(1).atEndOfMonth());
        String basis = "本食堂前三个月";
        String basisEn = "its previous three months";
        if (usual[0] < shareMinimumOrders) {
            Set<Long> district = canteens.all().stream()
                    .filter(c -> c.districtCode().equals(canteen.districtCode()) && c.id() != canteen.id())
                    .map(CanteenView::id)
                    .collect(Collectors.toSet());
            usual = district.isEmpty() ? new long[] {0, 0} : shares(district, month.atDay(1), month.atEndOfMonth());
            basis = "全区其他食堂本月";
            basisEn = "the district's other canteens this month";
        }
        if (usual[0] == 0) {
            return List.of();
        }
        double share = (double) now[1] / now[0];
        double usualShare = (double) usual[1] / usual[0];
        if (share <= Math.max(usualShare * shareFactor, usualShare + 0.10)) {
            return List.of();
        }
        return List.of(new FraudReport.Finding(
                null,
                null,
                null,
                null,
                "canteen " + canteen.id(),
                List.of(),
                String.format("无卡人工核验占 %.1f%%（%d/%d），%s为 %.1f%%", share * 100, now[1], now[0], basis, usualShare * 100),
                String.format(
                        "Staff-checked without a card: %.1f%% (%d/%d); %s: %.1f%%",
                        share * 100, now[1], now[0], basisEn, usualShare * 100)));
    }

    /** Scan times are stored in UTC; a service day starts at midnight in China. */
    private static LocalDateTime utcStart(LocalDate day) {
        return day.atStartOfDay(CanteenDirectory.ZONE)
                .withZoneSameInstant(java.time.ZoneOffset.UTC)
                .toLocalDateTime();
    }

    /** Subsidised, not cancelled orders of the canteens in the range: {all, staff-checked}. */
    private long[] shares(Set<Long> canteenIds, LocalDate from, LocalDate to) {
        long[] counts = new long[2];
        String in = canteenIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        jdbc.query(
                "SELECT COUNT(*), COALESCE(SUM(CASE WHEN verification = 'STAFF_CHECK' THEN 1 ELSE 0 END), 0)"
                        + " FROM meal_order WHERE canteen_id IN (" + in + ") AND service_date BETWEEN ? AND ?"
                        + " AND subsidy > 0 AND status <> 'CANCELLED'",
                rs -> {
                    counts[0] = rs.getLong(1);
                    counts[1] = rs.getLong(2);
                },
                from,
                to);
        return counts;
    }
}
