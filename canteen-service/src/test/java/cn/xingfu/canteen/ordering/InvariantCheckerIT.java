package cn.xingfu.canteen.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xingfu.canteen.integrity.InvariantChecker;
import cn.xingfu.canteen.integrity.InvariantReport;
import cn.xingfu.canteen.integrity.Violation;
import cn.xingfu.canteen.integrity.Violation.Rule;
import cn.xingfu.canteen.menu.MenuItemView;
import cn.xingfu.canteen.shared.Channel;
import cn.xingfu.canteen.shared.security.Account;
import cn.xingfu.canteen.shared.security.Accounts;
import cn.xingfu.canteen.shared.security.Role;
import cn.xingfu.canteen.subsidy.SubsidyPolicies;
import cn.xingfu.canteen.subsidy.SubsidyPolicy;
import cn.xingfu.canteen.support.Http;
import cn.xingfu.canteen.support.TestClock;
import cn.xingfu.kernel.Ids;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The invariant checker on real rows: a world built through the modules' own APIs is clean; each violation is
 * then planted with plain SQL (as a bug or a hand edit in the database would leave it) and must be found.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InvariantCheckerIT {

    @LocalServerPort
    int port;

    @Autowired
    OrderingScenario scenario;

    @Autowired
    OrderPlacement placement;

    @Autowired
    OrderProgress progress;

    @Autowired
    InvariantChecker checker;

    @Autowired
    SubsidyPolicies policies;

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    MeterRegistry meters;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestClock clock;

    OrderingScenario.World world;
    MenuItemView pork;
    long senior;
    long subsidisedOrder;

    @BeforeEach
    void cleanWorld() {
        world = scenario.newWorld();
        pork = world.lunchDish("回锅肉", "12.00", 10);
        senior = world.senior(85, "100.00");
        long other = world.senior(70, "40.00");
        subsidisedOrder = place(senior, 2).order().orderId();
        PlacedOrder cancelled = place(other, 1);
        progress.cancel(cancelled.order().orderId(), "changed mind", world.manager);
        place(other, 1);
    }

    @AfterEach
    void releaseClock() {
        clock.reset();
    }

    private PlacedOrder place(long seniorId, int quantity) {
        return placement.place(
                new PlaceOrder(
                        null,
                        null,
                        seniorId,
                        null,
                        Channel.DINE_IN,
                        PaymentMethod.WALLET,
                        List.of(new PlaceOrder.Item(pork.menuItemId(), quantity)),
                        false,
                        null,
                        null,
                        null),
                UUID.randomUUID().toString(),
                world.manager);
    }

    private List<Violation> violations() {
        return checker.check(world.canteen.id()).violations();
    }

    private Map<Rule, List<String>> bySubject() {
        return violations().stream()
                .collect(Collectors.groupingBy(
                        Violation::rule, Collectors.mapping(Violation::subject, Collectors.toList())));
    }

    /** A copy of a committed order on another date or meal period, without its ledger line or subsidy counter. */
    private void copyOrder(long orderId, LocalDate date, String period) {
        Map<String, Object> row =
                new LinkedHashMap<>(jdbc.queryForMap("SELECT * FROM meal_order WHERE id = ?", orderId));
        row.put("id", Ids.next());
        row.put("idempotency_key", UUID.randomUUID().toString());
        row.put("service_date", date);
        row.put("meal_period", period);
        String columns = String.join(", ", row.keySet());
        String marks = row.keySet().stream().map(c -> "?").collect(Collectors.joining(", "));
        jdbc.update(
                "INSERT INTO meal_order (" + columns + ") VALUES (" + marks + ")",
                row.values().toArray());
    }

    @Test
    void aWorldBuiltThroughTheApisIsClean() {
        InvariantReport report = checker.check(world.canteen.id());

        assertThat(report.violations()).isEmpty();
        assertThat(report.checked().wallets()).isEqualTo(2);
        assertThat(report.checked().menuItems()).isEqualTo(1);
        assertThat(report.checked().subsidisedSeniorDays()).isEqualTo(2);
        assertThat(report.checked().subsidyCounters()).isEqualTo(2);
    }

    @Test
    void findsAWalletWhoseBalanceIsNotItsLedger() {
        jdbc.update("UPDATE wallet SET balance = balance + 5 WHERE senior_id = ?", senior);

        assertThat(violations()).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo(Rule.WALLET_LEDGER_MISMATCH);
            assertThat(v.subject()).isEqualTo("wallet:" + senior);
            assertThat(v.details()).containsKeys("balance", "ledgerSum");
        });
    }

    @Test
    void findsOversoldAndMiscountedPortions() {
        // three portions were sold; a total of two means the dish was oversold
        jdbc.update("UPDATE menu_item SET portions_total = 2, portions_left = 0 WHERE id = ?", pork.menuItemId());
        assertThat(bySubject())
                .containsExactly(Map.entry(Rule.PORTIONS_OVERSOLD, List.of("menu_item:" + pork.menuItemId())));

        // a portion given back twice: 10 in total, 3 sold, yet 8 left
        jdbc.update("UPDATE menu_item SET portions_total = 10, portions_left = 8 WHERE id = ?", pork.menuItemId());
        assertThat(bySubject())
                .containsExactly(Map.entry(Rule.PORTIONS_MISCOUNTED, List.of("menu_item:" + pork.menuItemId())));
    }

    @Test
    void findsASecondSubsidisedMealInOnePeriodAndTheCounterThatMissedIt() {
        copyOrder(subsidisedOrder, OrderingScenario.DAY, "LUNCH");

        assertThat(bySubject())
                .containsOnly(
                        Map.entry(Rule.SUBSIDY_PER_PERIOD_EXCEEDED, List.of("senior:" + senior)),
                        Map.entry(Rule.SUBSIDY_COUNTER_MISMATCH, List.of("senior:" + senior)));
    }

    @Test
    void findsSubsidisedMealsBeyondTheWeeklyCap() {
        // the district's policy from tomorrow allows one subsidised meal a week; the senior already had one today
        SubsidyPolicy current = policies.inForce(world.canteen.districtCode(), OrderingScenario.DAY);
        LocalDate tomorrow = OrderingScenario.DAY.plusDays(1);
        policies.create(
                new SubsidyPolicy(
                        current.districtCode(),
                        current.districtCode() + "-weekly-1",
                        "one a week",
                        tomorrow,
                        null,
                        current.basis(),
                        current.tiers(),
                        null,
                        1,
                        null,
                        current.minimumBill(),
                        current.delivery()),
                "test");
        copyOrder(subsidisedOrder, tomorrow, "LUNCH");
        jdbc.update(
                "INSERT INTO subsidy_usage (senior_id, scheme_code, service_date, meal_period, meals) VALUES (?, 'MEAL', ?, 'LUNCH', 1)",
                senior,
                tomorrow);

        assertThat(violations()).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo(Rule.SUBSIDY_CAP_EXCEEDED);
            assertThat(v.subject()).isEqualTo("senior:" + senior);
            assertThat(v.details())
                    .containsEntry("span", "WEEK")
                    .containsEntry("meals", 2)
                    .containsEntry("cap", 1);
        });
    }

    @Test
    void theAdminEndpointReportsAsJsonAndTheFullRunSetsTheGauge() {
        jdbc.update("UPDATE wallet SET balance = balance - 1 WHERE senior_id = ?", senior);
        Account admin = accounts.save(new Account(
                Ids.next(), "admin-" + Ids.next(), passwords.encode("admin-pass"), "区管理员", Role.DISTRICT_ADMIN, null));
        Http http = new Http(port);

        Http.Answer scoped = http.get(
                "/api/admin/invariants?canteenId=" + world.canteen.id(),
                admin.toActor().username(),
                "admin-pass");
        assertThat(scoped.status()).as(scoped.body()).isEqualTo(200);
        assertThat(scoped.json().path("violations").get(0).path("rule").asString())
                .isEqualTo("WALLET_LEDGER_MISMATCH");
        assertThat(scoped.json().path("violations").get(0).path("subject").asString())
                .isEqualTo("wallet:" + senior);

        Http.Answer full = http.get("/api/admin/invariants", admin.toActor().username(), "admin-pass");
        assertThat(full.status()).as(full.body()).isEqualTo(200);
        assertThat(meters.get("xingfu.invariants.violations")
                        .tag("rule", "WALLET_LEDGER_MISMATCH")
                        .gauge()
                        .value())
                .isGreaterThanOrEqualTo(1);

        Http.Answer manager = http.get("/api/admin/invariants", world.manager.username(), "x");
        assertThat(manager.status()).isEqualTo(403);
        assertThat(manager.code()).isEqualTo("DISTRICT_ADMIN_ONLY");
        jdbc.update("UPDATE wallet SET balance = balance + 1 WHERE senior_id = ?", senior);
    }
}
