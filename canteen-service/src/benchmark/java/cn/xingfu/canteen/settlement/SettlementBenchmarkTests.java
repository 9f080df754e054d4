package cn.xingfu.canteen.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xingfu.canteen.shared.Ids;
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
 * Settling a district's month of 600,000 orders (30 canteens × 20,000, three meals a day, one to three schemes each)
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

    @Test
    void aDistrictMonthOf600000OrdersSettlesInUnderAMinute() throws IOException, InterruptedException {
        int canteenCount = Integer.getInteger("settle.canteens", 30);
        int perCanteen = Integer.getInteger("settle.ordersPerCanteen", 20_000);
        String district = String.valueOf(500000 + Math.floorMod(Ids.next(), 99999));
        Actor bureau = new Actor(Ids.next(), "bureau-bench", Role.DISTRICT_ADMIN, null);
        MonthOfOrders generator = new MonthOfOrders(jdbc);
        List<CanteenView> inDistrict = new ArrayList<>();
        long generateStart = System.nanoTime();
        for (int c = 0; c < canteenCount; c++) {
            CanteenView canteen = MonthOfOrders.canteen(canteens, district);
            inDistrict.add(canteen);
            generator.generate(canteen.id(), MONTH, perCanteen, 10_000_000L + c * 1000L, 1000, c);
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
