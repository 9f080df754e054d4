package cn.xingfu.canteen.settlement;

import cn.xingfu.canteen.shared.DbTime;
import cn.xingfu.canteen.shared.security.Actor;
import cn.xingfu.canteen.site.CanteenDirectory;
import cn.xingfu.canteen.site.CanteenView;
import cn.xingfu.kernel.DomainException;
import cn.xingfu.kernel.Ids;
import jakarta.annotation.PreDestroy;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Monthly settlements of the canteens: start a run in the background (one canteen, or every canteen of a district),
 * follow its progress, read the totals, submit (lock) a month. Runs are safe to repeat: each step replaces what the
 * previous run wrote for the same day. A run that died (its instance stopped) is taken over after {@link #STALE_RUN}.
 */
@Service
public class Settlements {

    /** A RUNNING settlement whose run started longer ago than this is considered abandoned and may be run again. */
    static final Duration STALE_RUN = Duration.ofMinutes(15);

    private final JdbcTemplate jdbc;
    private final CanteenDirectory canteens;
    private final SettlementRun run;
    private final ClaimLines lines;
    private final TransactionTemplate transaction;
    private final Clock clock;
    // runs are long and few: a small pool of their own keeps them off the request threads and the common pool
    private final ExecutorService background = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "settlement-run");
        t.setDaemon(true);
        return t;
    });

    Settlements(
            JdbcTemplate jdbc,
            CanteenDirectory canteens,
            SettlementRun run,
            ClaimLines lines,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.jdbc = jdbc;
        this.canteens = canteens;
        this.run = run;
        this.lines = lines;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @PreDestroy
    void stop() {
        background.shutdownNow();
    }

    /**
     * Starts building the canteen's month in the background and answers at once with status RUNNING (or the run
     * already going). Staff of the canteen's management or the district administrator.
     *
     * @throws DomainException SETTLEMENT_LOCKED (409) when the month is submitted, MONTH_NOT_OVER (422) for a month
     *     that has not started
     */
    public SettlementView start(long canteenId, YearMonth month, Actor actor) {
        CanteenView canteen = canteens.canteen(canteenId);
        requireAccess(canteen, actor);
        requireStarted(month);
        long id = claim(canteen, month, actor.username());
        background.submit(() -> run.build(id, canteenId, month));
        return view(canteenId, month, actor);
    }

    /**
     * Starts the month of every canteen of the district not yet submitted; the canteens run on the background pool,
     * two at a time.
     */
    public List<SettlementView> startDistrict(String districtCode, YearMonth month, Actor actor) {
        requireDistrictAdmin(actor);
        requireStarted(month);
        List<CanteenView> inDistrict = canteens.all().stream()
                .filter(c -> c.districtCode().equals(districtCode))
                .toList();
        Map<Long, Long> claimed = new LinkedHashMap<>();
        for (CanteenView canteen : inDistrict) {
            Optional<SettlementStatus> status = status(canteen.id(), month);
            if (status.isPresent() && status.get() == SettlementStatus.SUBMITTED) {
                continue;
            }
            claimed.put(canteen.id(), claim(canteen, month, actor.username()));
        }
        claimed.forEach((canteenId, id) -> background.submit(() -> run.build(id, canteenId, month)));
        return inDistrict.stream().map(c -> view(c.id(), month, actor)).toList();
    }

    /** Builds the month now, on the caller's thread (benchmarks and tests that measure the run itself). */
    public SettlementView runNow(long canteenId, YearMonth month, Actor actor) {
        CanteenView canteen = canteens.canteen(canteenId);
        requireAccess(canteen, actor);
        long id = claim(canteen, month, actor.username());
        run.build(id, canteenId, month);
        return view(canteenId, month, actor);
    }

    public SettlementView view(long canteenId, YearMonth month, Actor actor) {
        CanteenView canteen = canteens.canteen(canteenId);
        requireAccess(canteen, actor);
        return find(canteen, month).orElseGet(() -> draft(canteen, month));
    }

    /** The months of every canteen of the district, for the bureau's overview. */
    public List<SettlementView> district(String districtCode, YearMonth month, Actor actor) {
        requireDistrictAdmin(actor);
        return canteens.all().stream()
                .filter(c -> c.districtCode().equals(districtCode))
                .map(c -> find(c, month).orElseGet(() -> draft(c, month)))
                .toList();
    }

    /**
     * Submits the month to the funders and locks it. Only a month built after the last change to its orders can be
     * submitted: if any order of the canteen changed after the run started, the claim would not match the orders.
     *
     * @throws DomainException SETTLEMENT_NOT_READY (409), SETTLEMENT_LOCKED (409), SETTLEMENT_STALE (409)
     */
    public SettlementView submit(long canteenId, YearMonth month, Actor actor) {
        CanteenView canteen = canteens.canteen(canteenId);
        requireAccess(canteen, actor);
        transaction.executeWithoutResult(tx -> {
            List<Map<String, Object>> rows = jdbc.queryForList(
                    "SELECT id, status, run_started_at FROM settlement WHERE canteen_id = ? AND settle_month = ?"
                            + " FOR UPDATE",
                    canteenId,
                    month.toString());
            if (rows.isEmpty()) {
                throw notReady();
            }
            long id = ((Number) rows.get(0).get("id")).longValue();
            SettlementStatus status =
                    SettlementStatus.valueOf((String) rows.get(0).get("status"));
            if (status == SettlementStatus.SUBMITTED) {
                throw locked(month);
            }
            if (status != SettlementStatus.READY) {
                throw notReady();
            }
            Object started = rows.get(0).get("run_started_at");
            Integer changed = jdbc.queryForObject(
                    "SELECT COUNT(*) FROM meal_order WHERE canteen_id = ? AND updated_at >= ? AND service_date <= ?",
                    Integer.class,
                    canteenId,
                    started,
                    month.atEndOfMonth());
            if (changed != null && changed > 0) {
                throw DomainException.conflict(
                        "SETTLEMENT_STALE",
                        "生成结算后又有 " + changed + " 张订单发生变化，请重新生成后再提交",
                        changed + " orders changed after the settlement was built: run it again before submitting");
            }
            Integer doubled = jdbc.queryForObject(
                    "SELECT COUNT(*) FROM settlement_line l WHERE l.settlement_id = ? AND l.kind = 'ADJUSTMENT'"
                            + " AND EXISTS (SELECT 1 FROM settlement_line a JOIN settlement q ON q.id = a.settlement_id"
                            + " WHERE a.order_id = l.order_id AND a.kind = 'ADJUSTMENT' AND q.status = 'SUBMITTED')",
                    Integer.class,
                    id);
            if (doubled != null && doubled > 0) {
                throw DomainException.conflict(
                        "SETTLEMENT_STALE",
                        "部分调整已在其他月份提交，请重新生成后再提交",
                        "Some adjustments were submitted in another month: run it again before submitting");
            }
            jdbc.update(
                    "UPDATE settlement SET status = 'SUBMITTED', submitted_at = ?, submitted_by = ? WHERE id = ?",
                    DbTime.utc(clock.instant()),
                    actor.username(),
                    id);
        });
        return view(canteenId, month, actor);
    }

    /** Streams the claim lines of the canteen's month (built or submitted) for an export. */
    public void eachLine(long canteenId, YearMonth month, Actor actor, java.util.function.Consumer<ClaimLine> sink) {
        CanteenView canteen = canteens.canteen(canteenId);
        requireAccess(canteen, actor);
        Optional<Long> id = idOf(canteenId, month);
        id.ifPresent(settlementId -> lines.eachLine(settlementId, canteen.name(), sink));
    }

    /** The scheme codes of the canteen's month, the columns of an export. */
    public List<String> schemes(long canteenId, YearMonth month, Actor actor) {
        requireAccess(canteens.canteen(canteenId), actor);
        return idOf(canteenId, month).map(lines::schemes).orElse(List.of());
    }

    private long claim(CanteenView canteen, YearMonth month, String by) {
        jdbc.update(
                "INSERT IGNORE INTO settlement (id, canteen_id, district_code, settle_month, status) VALUES (?, ?, ?, ?,"
                        + " 'DRAFT')",
                Ids.next(),
                canteen.id(),
                canteen.districtCode(),
                month.toString());
        long id = idOf(canteen.id(), month).orElseThrow();
        Instant now = clock.instant();
        int steps = SettlementRun.steps(month);
        int claimed = jdbc.update(
                "UPDATE settlement SET status = 'RUNNING', steps_done = 0, steps_total = ?, run_started_at = ?,"
                        + " run_finished_at = NULL, run_error = NULL, run_by = ? WHERE id = ? AND (status IN ('DRAFT',"
                        + " 'READY', 'FAILED') OR (status = 'RUNNING' AND run_started_at < ?))",
                steps,
                DbTime.utc(now),
                by,
                id,
                DbTime.utc(now.minus(STALE_RUN)));
        if (claimed == 0) {
            SettlementStatus status = status(canteen.id(), month).orElseThrow();
            if (status == SettlementStatus.SUBMITTED) {
                throw locked(month);
            }
            throw DomainException.conflict(
                    "SETTLEMENT_RUNNING", "该月结算正在生成中，请稍候", "This month is being built already; wait for it");
        }
        return id;
    }

    private Optional<Long> idOf(long canteenId, YearMonth month) {
        return jdbc
                .queryForList(
                        "SELECT id FROM settlement WHERE canteen_id = ? AND settle_month = ?",
                        Long.class,
                        canteenId,
                        month.toString())
                .stream()
                .findFirst();
    }

    private Optional<SettlementStatus> status(long canteenId, YearMonth month) {
        return jdbc
                .queryForList(
                        "SELECT status FROM settlement WHERE canteen_id = ? AND settle_month = ?",
                        String.class,
                        canteenId,
                        month.toString())
                .stream()
                .findFirst()
                .map(SettlementStatus::valueOf);
    }

    private Optional<SettlementView> find(CanteenView canteen, YearMonth month) {
        List<SettlementView> found = jdbc.query(
                "SELECT id, status, steps_done, steps_total, line_count, gross_total, discount_total, subsidy_total,"
                        + " self_pay_total, run_started_at, run_finished_at, run_error, submitted_at, submitted_by"
                        + " FROM settlement WHERE canteen_id = ? AND settle_month = ?",
                (rs, n) -> {
                    long id = rs.getLong(1);
                    SettlementStatus status = SettlementStatus.valueOf(rs.getString(2));
                    boolean built = status == SettlementStatus.READY || status == SettlementStatus.SUBMITTED;
                    List<SettlementView.TierTotal> tiers = built ? lines.byTier(id) : List.of();
                    BigDecimal subsidy = rs.getBigDecimal(8);
                    return new SettlementView(
                            id,
                            canteen.id(),
                            canteen.name(),
                            canteen.districtCode(),
                            month.toString(),
                            status,
                            status.zh(),
                            status.en(),
                            rs.getInt(3),
                            rs.getInt(4),
                            rs.getInt(5),
                            built ? lines.adjustmentLines(id) : 0,
                            rs.getBigDecimal(6),
                            rs.getBigDecimal(7),
                            subsidy,
                            rs.getBigDecimal(9),
                            built && lines.sharesTotal(id).compareTo(subsidy) == 0,
                            byFunder(tiers),
                            tiers,
                            instant(rs.getTimestamp(10)),
                            instant(rs.getTimestamp(11)),
                            rs.getString(12),
                            instant(rs.getTimestamp(13)),
                            rs.getString(14));
                },
                canteen.id(),
                month.toString());
        return found.stream().findFirst();
    }

    private static List<SettlementView.FunderTotal> byFunder(List<SettlementView.TierTotal> tiers) {
        Map<String, SettlementView.FunderTotal> totals = new LinkedHashMap<>();
        for (SettlementView.TierTotal t : tiers) {
            totals.merge(
                    t.funder(),
                    new SettlementView.FunderTotal(t.funder(), t.meals(), t.amount()),
                    (a, b) -> new SettlementView.FunderTotal(
                            a.funder(), a.meals() + b.meals(), a.amount().add(b.amount())));
        }
        return new ArrayList<>(totals.values());
    }

    private static SettlementView draft(CanteenView canteen, YearMonth month) {
        BigDecimal zero = BigDecimal.ZERO.setScale(2);
        return new SettlementView(
                0,
                canteen.id(),
                canteen.name(),
                canteen.districtCode(),
                month.toString(),
                SettlementStatus.DRAFT,
                SettlementStatus.DRAFT.zh(),
                SettlementStatus.DRAFT.en(),
                0,
                0,
                0,
                0,
                zero,
                zero,
                zero,
                zero,
                false,
                List.of(),
                List.of(),
                null,
                null,
                null,
                null,
                null);
    }

    private static @Nullable Instant instant(@Nullable Timestamp t) {
        return t == null ? null : t.toLocalDateTime().toInstant(java.time.ZoneOffset.UTC);
    }

    private void requireStarted(YearMonth month) {
        if (month.atDay(1).isAfter(LocalDate.now(clock.withZone(CanteenDirectory.ZONE)))) {
            throw DomainException.rejected(
                    "MONTH_NOT_STARTED", "该月份尚未开始，不能结算", "This month has not started; nothing to settle");
        }
    }

    private static void requireAccess(CanteenView canteen, Actor actor) {
        if (actor.isDistrictAdmin()) {
            return;
        }
        actor.requireManager();
        actor.requireCanteen(canteen.id());
    }

    private static void requireDistrictAdmin(Actor actor) {
        if (!actor.isDistrictAdmin()) {
            throw DomainException.forbidden(
                    "DISTRICT_ADMIN_ONLY", "只有区级管理员可以结算全区", "Only a district administrator may settle a district");
        }
    }

    static DomainException locked(YearMonth month) {
        return DomainException.conflict(
                "SETTLEMENT_LOCKED",
                month + " 的结算已提交并锁定，不能再修改；更正会作为调整记入以后的月份",
                "The settlement of " + month
                        + " is submitted and locked; corrections go into a later month as adjustments");
    }

    private static DomainException notReady() {
        return DomainException.conflict(
                "SETTLEMENT_NOT_READY",
                "结算尚未生成完成，不能提交",
                "The settlement has not been built yet; it cannot be submitted");
    }
}
