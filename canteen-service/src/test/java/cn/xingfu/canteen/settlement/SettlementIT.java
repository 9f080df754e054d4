package cn.xingfu.canteen.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import cn.xingfu.canteen.shared.DbTime;
import cn.xingfu.canteen.shared.security.Actor;
import cn.xingfu.canteen.shared.security.Role;
import cn.xingfu.canteen.site.CanteenDirectory;
import cn.xingfu.canteen.site.CanteenView;
import cn.xingfu.kernel.DomainException;
import cn.xingfu.kernel.Ids;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Monthly settlement on a generated month of orders: totals to the cent, background runs, locking, adjustments. */
@SpringBootTest
class SettlementIT {

    static final YearMonth SEPTEMBER = YearMonth.of(2026, 9);
    static final YearMonth OCTOBER = YearMonth.of(2026, 10);

    @Autowired
    Settlements settlements;

    @Autowired
    CanteenDirectory canteens;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    CanteenView canteen;
    Actor bureau;
    MonthOfOrders generator;

    @BeforeEach
    void setUp() {
        String district = String.valueOf(800000 + Math.floorMod(Ids.next(), 99999));
        canteen = MonthOfOrders.canteen(canteens, district);
        bureau = new Actor(Ids.next(), "bureau-" + district, Role.DISTRICT_ADMIN, null);
        generator = new MonthOfOrders(jdbc);
    }

    /** What the orders say, computed apart from the settlement's own SQL. */
    private Map<String, BigDecimal> fromOrders(YearMonth month) {
        Map<String, BigDecimal> totals = new TreeMap<>();
        jdbc.query(
                "SELECT COUNT(*), SUM(gross), SUM(price_rule_discount), SUM(subsidy), SUM(self_pay) FROM meal_order"
                        + " WHERE canteen_id = ? AND service_date BETWEEN ? AND ? AND subsidy > 0 AND status <> 'CANCELLED'",
                rs -> {
                    totals.put("lines", BigDecimal.valueOf(rs.getLong(1)));
                    totals.put("gross", rs.getBigDecimal(2));
                    totals.put("discount", rs.getBigDecimal(3));
                    totals.put("subsidy", rs.getBigDecimal(4));
                    totals.put("selfPay", rs.getBigDecimal(5));
                },
                canteen.id(),
                month.atDay(1),
                month.atEndOfMonth());
        jdbc.query(
                "SELECT s.funder, SUM(s.amount) FROM meal_order_subsidy s JOIN meal_order o ON o.id = s.order_id"
                        + " WHERE o.canteen_id = ? AND o.service_date BETWEEN ? AND ? AND o.status <> 'CANCELLED'"
                        + " GROUP BY s.funder",
                rs -> {
                    totals.put("funder:" + rs.getString(1), rs.getBigDecimal(2));
                },
                canteen.id(),
                month.atDay(1),
                month.atEndOfMonth());
        return totals;
    }

    private static Map<String, BigDecimal> fromSettlement(SettlementView view) {
        Map<String, BigDecimal> totals = new TreeMap<>();
        totals.put("lines", BigDecimal.valueOf(view.lines()));
        totals.put("gross", view.grossTotal());
        totals.put("discount", view.discountTotal());
        totals.put("subsidy", view.subsidyTotal());
        totals.put("selfPay", view.selfPayTotal());
        view.byFunder().forEach(f -> totals.put("funder:" + f.funder(), f.amount()));
        return totals;
    }

    @Test
    void aGeneratedMonthReconcilesToTheCentWithTheOrdersByFunderAndTier() {
        generator.generate(canteen.id(), SEPTEMBER, 6000, 1_000_000, 400, 42);
        // orders of the next month and of another canteen are not claimed
        generator.generate(canteen.id(), OCTOBER, 300, 1_000_000, 400, 43);
        CanteenView other = MonthOfOrders.canteen(canteens, canteen.districtCode());
        generator.generate(other.id(), SEPTEMBER, 300, 1_000_000, 400, 44);

        SettlementView view = settlements.runNow(canteen.id(), SEPTEMBER, bureau);

        assertThat(view.status()).isEqualTo(SettlementStatus.READY);
        assertThat(view.reconciled()).isTrue();
        assertThat(view.stepsDone()).isEqualTo(view.stepsTotal()).isEqualTo(7);
        Map<String, BigDecimal> expected = fromOrders(SEPTEMBER);
        Map<String, BigDecimal> actual = fromSettlement(view);
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        expected.forEach((k, v) -> assertThat(actual.get(k)).as(k).isEqualByComparingTo(v));
        assertThat(view.byFunder())
                .extracting(SettlementView.FunderTotal::funder)
                .containsExactly("CHARITY", "CITY", "DISTRICT");
        // per tier, summed, gives each funder's claim; gross = discount + subsidy + self-pay on every line
        for (SettlementView.FunderTotal funder : view.byFunder()) {
            BigDecimal tiers = view.byTier().stream()
                    .filter(t -> t.funder().equals(funder.funder()))
                    .map(SettlementView.TierTotal::amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(tiers).isEqualByComparingTo(funder.amount());
        }
        assertThat(view.grossTotal())
                .isEqualByComparingTo(
                        view.discountTotal().add(view.subsidyTotal()).add(view.selfPayTotal()));
        List<ClaimLine> lines = new ArrayList<>();
        settlements.eachLine(canteen.id(), SEPTEMBER, bureau, lines::add);
        assertThat(lines).hasSize(view.lines());
        assertThat(lines)
                .allSatisfy(
                        l -> assertThat(l.schemeAmounts().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
                                .isEqualByComparingTo(l.subsidy()));
    }

    @Test
    void aBackgroundRunShowsProgressAndRunningAgainGivesTheSameClaim() {
        generator.generate(canteen.id(), SEPTEMBER, 1500, 2_000_000, 100, 7);

        SettlementView started = settlements.start(canteen.id(), SEPTEMBER, bureau);
        assertThat(started.status()).isIn(SettlementStatus.RUNNING, SettlementStatus.READY);
        SettlementView first = awaitReady();
        SettlementView again = settlements.start(canteen.id(), SEPTEMBER, bureau);
        assertThat(again.stepsTotal()).isEqualTo(7);
        SettlementView second = awaitReady();

        assertThat(fromSettlement(second)).isEqualTo(fromSettlement(first));
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM settlement_line WHERE settlement_id = ?", Integer.class, second.id()))
                .isEqualTo(first.lines());
    }

    private SettlementView awaitReady() {
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    SettlementStatus s =
                            settlements.view(canteen.id(), SEPTEMBER, bureau).status();
                    return s == SettlementStatus.READY || s == SettlementStatus.FAILED;
                });
        SettlementView view = settlements.view(canteen.id(), SEPTEMBER, bureau);
        assertThat(view.status()).as(String.valueOf(view.runError())).isEqualTo(SettlementStatus.READY);
        assertThat(view.stepsDone()).isEqualTo(view.stepsTotal());
        return view;
    }

    private void cancel(long orderId) {
        jdbc.update(
                "UPDATE meal_order SET status = 'CANCELLED', updated_at = ? WHERE id = ?",
                DbTime.utc(clock.instant().plusMillis(1)),
                orderId);
    }

    private long aClaimedOrder(YearMonth month) {
        return jdbc.queryForObject(
                "SELECT MIN(id) FROM meal_order WHERE canteen_id = ? AND service_date BETWEEN ? AND ? AND subsidy > 0"
                        + " AND status <> 'CANCELLED'",
                Long.class,
                canteen.id(),
                month.atDay(1),
                month.atEndOfMonth());
    }

    private String code(Runnable action) {
        try {
            action.run();
        } catch (DomainException e) {
            return e.code();
        }
        return "none";
    }

    @Test
    void aSubmittedMonthIsLockedAndALaterCancellationBecomesAnAdjustmentInTheNextMonth() {
        generator.generate(canteen.id(), SEPTEMBER, 600, 3_000_000, 50, 11);
        generator.generate(canteen.id(), OCTOBER, 600, 3_000_000, 50, 12);
        SettlementView september = settlements.runNow(canteen.id(), SEPTEMBER, bureau);
        SettlementView submitted = settlements.submit(canteen.id(), SEPTEMBER, bureau);
        assertThat(submitted.status()).isEqualTo(SettlementStatus.SUBMITTED);
        assertThat(submitted.submittedBy()).isEqualTo(bureau.username());

        long refunded = aClaimedOrder(SEPTEMBER);
        BigDecimal refundedSubsidy =
                jdbc.queryForObject("SELECT subsidy FROM meal_order WHERE id = ?", BigDecimal.class, refunded);
        cancel(refunded);

        // nothing in the locked month changes: not by running it again, not by submitting it again
        assertThat(code(() -> settlements.start(canteen.id(), SEPTEMBER, bureau)))
                .isEqualTo("SETTLEMENT_LOCKED");
        assertThat(code(() -> settlements.runNow(canteen.id(), SEPTEMBER, bureau)))
                .isEqualTo("SETTLEMENT_LOCKED");
        assertThat(code(() -> settlements.submit(canteen.id(), SEPTEMBER, bureau)))
                .isEqualTo("SETTLEMENT_LOCKED");
        SettlementView locked = settlements.view(canteen.id(), SEPTEMBER, bureau);
        assertThat(fromSettlement(locked)).isEqualTo(fromSettlement(september));
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM settlement_line WHERE settlement_id = ? AND order_id = ?",
                        Integer.class,
                        locked.id(),
                        refunded))
                .isEqualTo(1);

        SettlementView october = settlements.runNow(canteen.id(), OCTOBER, bureau);
        assertThat(october.adjustmentLines()).isEqualTo(1);
        Map<String, BigDecimal> octoberOrders = fromOrders(OCTOBER);
        assertThat(october.subsidyTotal())
                .isEqualByComparingTo(octoberOrders.get("subsidy").subtract(refundedSubsidy));
        assertThat(october.lines()).isEqualTo(octoberOrders.get("lines").intValue() + 1);
        assertThat(october.reconciled()).isTrue();
        List<ClaimLine> adjustments = new ArrayList<>();
        settlements.eachLine(canteen.id(), OCTOBER, bureau, l -> {
            if (l.kind().equals(ClaimLine.ADJUSTMENT)) {
                adjustments.add(l);
            }
        });
        assertThat(adjustments).singleElement().satisfies(l -> {
            assertThat(l.orderId()).isEqualTo(refunded);
            assertThat(l.subsidy()).isEqualByComparingTo(refundedSubsidy.negate());
            assertThat(l.serviceDate()).isBetween(SEPTEMBER.atDay(1), SEPTEMBER.atEndOfMonth());
        });

        // an October order changes after the run: the claim no longer matches, so it cannot be submitted until re-run
        cancel(aClaimedOrder(OCTOBER));
        assertThat(code(() -> settlements.submit(canteen.id(), OCTOBER, bureau)))
                .isEqualTo("SETTLEMENT_STALE");
        SettlementView rerun = settlements.runNow(canteen.id(), OCTOBER, bureau);
        assertThat(rerun.lines()).isEqualTo(october.lines() - 1);
        assertThat(settlements.submit(canteen.id(), OCTOBER, bureau).status()).isEqualTo(SettlementStatus.SUBMITTED);

        // the refund is claimed back once: November does not repeat it
        SettlementView november = settlements.runNow(canteen.id(), YearMonth.of(2026, 11), bureau);
        assertThat(november.adjustmentLines()).isZero();
        assertThat(november.subsidyTotal()).isEqualByComparingTo("0");
    }

    @Test
    void onlyTheCanteensManagerOrTheBureauMaySettle() {
        Actor otherManager = new Actor(Ids.next(), "m-other", Role.CANTEEN_MANAGER, Ids.next());
        Actor ownStaff = new Actor(Ids.next(), "s-own", Role.CANTEEN_STAFF, canteen.id());
        Actor ownManager = new Actor(Ids.next(), "m-own", Role.CANTEEN_MANAGER, canteen.id());

        assertThat(code(() -> settlements.start(canteen.id(), SEPTEMBER, otherManager)))
                .isNotEqualTo("none");
        assertThat(code(() -> settlements.start(canteen.id(), SEPTEMBER, ownStaff)))
                .isEqualTo("MANAGER_ONLY");
        assertThat(code(() -> settlements.startDistrict(canteen.districtCode(), SEPTEMBER, ownManager)))
                .isEqualTo("DISTRICT_ADMIN_ONLY");
        assertThat(code(() ->
                        settlements.start(canteen.id(), YearMonth.now(clock).plusMonths(2), ownManager)))
                .isEqualTo("MONTH_NOT_STARTED");
        assertThatThrownBy(() -> settlements.submit(canteen.id(), SEPTEMBER, ownManager))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("code", "SETTLEMENT_NOT_READY");
    }
}
