package cn.xingfu.canteen.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xingfu.kernel.Ids;
import cn.xingfu.canteen.shared.security.Actor;
import cn.xingfu.canteen.shared.security.Role;
import cn.xingfu.canteen.site.CanteenDirectory;
import cn.xingfu.canteen.site.CanteenView;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Settling a district's month of 600,000 orders (30 canteens × 20,000, three meals a day, one or two schemes each)
 * through the product's own path: the bureau's district run in the background, timed until every canteen is READY,
 * then checked to the cent against the orders. Writes target/settlement-benchmark.md. Only on request (tag
 * benchmark); see docs/performance.md for the command.
 */
@Tag("benchmark")
@SpringBootTest
class SettlementBenchmarkTests {

    private static final YearMonth MONTH = YearMonth.of(2026, 9);

    @Autowired
    Settlements settlements;

    @Autowired
    CanteenDirectory canteens;

    @Autowired
    JdbcTemplate jdbc;

    /**
     * The month's orders of one canteen, generated inside MariaDB from its sequence engine ({@code seq_1_to_N}): the
     * Java generator ({@link MonthOfOrders}, used by the tests) writes ~1,000 orders a second on this shared box,
     * which would make the set-up ten minutes. Same shape: three meals a day, gross 5-20 元, every tenth order
     * unsubsidised, every twelfth cancelled, a city share on every subsidised order and a district share on every
     * third, a canteen price rule on every tenth.
     */
    private void generate(long canteenId, int orders, long firstSenior) {
        long base = Ids.next() * 100;
        jdbc.update(
                "INSERT INTO meal_order (id, order_number, canteen_id, placed_by_account_id, placed_by, senior_id,"
                        + " senior_masked_name, verification, channel, meal_period, service_date, status, payment_method,"
                        + " payment_status, gross, subsidy, self_pay, tier_code, policy_version, subsidy_reason,"
                        + " price_rule_code, price_rule_discount, dietary_flags, idempotency_key, request_fingerprint,"
                        + " revision, placed_at, updated_at)"
                        + " SELECT ? + seq, 'A001', ?, 1, 'generator', ? + seq % 1000, '张*',"
                        + " ELT(1 + seq % 3, 'CARD_QR', 'MANUAL_CODE', 'STAFF_CHECK'),"
                        + " ELT(1 + seq % 3, 'DINE_IN', 'TAKEAWAY', 'DELIVERY'),"
                        + " ELT(1 + (seq DIV 7) % 3, 'BREAKFAST', 'LUNCH', 'DINNER'),"
                        + " DATE_ADD(?, INTERVAL seq % 30 DAY), IF(seq % 12 = 0, 'CANCELLED', 'SERVED'), 'WALLET', 'PAID',"
                        + " 5 + (seq % 1500) / 100, IF(seq % 10 = 0, 0, 1 + (seq % 400) / 100),"
                        + " 5 + (seq % 1500) / 100 - IF(seq % 10 = 7, 1, 0) - IF(seq % 10 = 0, 0, 1 + (seq % 400) / 100),"
                        + " IF(seq % 10 = 0, NULL, 'AGE_80'), 'GEN-1', 'SUBSIDISED', IF(seq % 10 = 7, 'STAFF_PRICE', NULL),"
                        + " IF(seq % 10 = 7, 1, 0), '', CONCAT('gen:', ? + seq), 'f', 1, '2026-09-01 03:00:00',"
                        + " '2026-09-01 03:00:00' FROM seq_1_to_" + orders,
                base,
                canteenId,
                firstSenior,
                MONTH.atDay(1),
                base);
        jdbc.update(
                "INSERT INTO meal_order_subsidy (order_id, scheme_code, funder, tier_code, amount)"
                        + " SELECT id, 'CITY_MEAL', 'CITY', 'AGE_80', IF(id % 3 = 0, subsidy - 0.50, subsidy)"
                        + " FROM meal_order WHERE canteen_id = ? AND subsidy > 0",
                canteenId);
        jdbc.update(
                "INSERT INTO meal_order_subsidy (order_id, scheme_code, funder, tier_code, amount)"
                        + " SELECT id, 'DELIVERY_ADD_ON', 'DISTRICT', 'AGE_60', 0.50"
                        + " FROM meal_order WHERE canteen_id = ? AND subsidy > 0 AND id % 3 = 0",
                canteenId);
    }

    @Test
    void aDistrictMonthOf600000OrdersSettlesInUnderAMinute() throws IOException, InterruptedException {
        int canteenCount = Integer.getInteger("settle.canteens", 30);
        int perCanteen = Integer.getInteger("settle.ordersPerCanteen", 20_000);
        String district = String.valueOf(500000 + Math.floorMod(Ids.next(), 99999));
        Actor bureau = new Actor(Ids.next(), "bureau-bench", Role.DISTRICT_ADMIN, null);
        List<CanteenView> inDistrict = new ArrayList<>();
        long generateStart = System.nanoTime();
        for (int c = 0; c < canteenCount; c++) {
            CanteenView canteen = MonthOfOrders.canteen(canteens, district);
            inDistrict.add(canteen);
            generate(canteen.id(), perCanteen, 10_000_000L + c * 1000L);
        }
        double generateSeconds = (System.nanoTime() - generateStart) / 1e9;

        long start = System.nanoTime();
        settlements.startDistrict(district, MONTH, bureau);
        while (settlements.district(district, MONTH, bureau).stream()
                .anyMatch(s -> s.status() != SettlementStatus.READY && s.status() != SettlementStatus.FAILED)) {
            Thread.sleep(200);
        }
        double settleSeconds = (System.nanoTime() - start) / 1e9;

        List<SettlementView> views = settlements.district(district, MONTH, bureau);
        assertThat(views).allSatisfy(v -> {
            assertThat(v.status()).isEqualTo(SettlementStatus.READY);
            assertThat(v.reconciled()).isTrue();
        });
        int lines = views.stream().mapToInt(SettlementView::lines).sum();
        BigDecimal claimed =
                views.stream().map(SettlementView::subsidyTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal fromOrders = jdbc.queryForObject(
                "SELECT SUM(o.subsidy) FROM meal_order o WHERE o.canteen_id IN (SELECT id FROM canteen WHERE"
                        + " district_code = ?) AND o.service_date BETWEEN ? AND ? AND o.subsidy > 0"
                        + " AND o.status <> 'CANCELLED'",
                BigDecimal.class,
                district,
                MONTH.atDay(1),
                MONTH.atEndOfMonth());
        assertThat(claimed).isEqualByComparingTo(fromOrders);
        String report = String.format(
                "| orders | canteens | claim lines | generate (s) | settle district (s) | lines/s | subsidy claimed |%n"
                        + "|---|---|---|---|---|---|---|%n| %,d | %d | %,d | %.1f | %.1f | %,.0f | %s |%n",
                canteenCount * perCanteen,
                canteenCount,
                lines,
                generateSeconds,
                settleSeconds,
                lines / settleSeconds,
                claimed.toPlainString());
        System.out.println(report);
        Files.writeString(Path.of("target", "settlement-benchmark.md"), report);
        assertThat(settleSeconds).as("settling the district's month").isLessThan(60);
    }
}
