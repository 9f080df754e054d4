package cn.xingfu.canteen.subsidy;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * V130 turns every existing policy into one scheme and every subsidised order into one scheme line, with data in the
 * tables. Runs on its own schema (the test database's name + "_migration", on MariaDB when XINGFU_TEST_DB=mysql,
 * else an H2 of its own), so the Spring contexts of the other tests keep theirs.
 */
class SchemeMigrationIT {

    @Test
    void existingPoliciesBecomeOneSchemeAndSubsidisedOrdersOneLine() throws SQLException {
        try (SingleConnectionDataSource ds = dataSource()) {
            Flyway before = Flyway.configure()
                    .dataSource(ds)
                    .locations("classpath:db/migration")
                    .cleanDisabled(false)
                    .target("123")
                    .load();
            before.clean();
            before.migrate();
            JdbcTemplate jdbc = new JdbcTemplate(ds);
            jdbc.update("INSERT INTO subsidy_policy (id, district_code, version, label, effective_from, effective_to,"
                    + " basis, daily_cap, weekly_cap, monthly_cap, minimum_bill, delivery_statuses, delivery_min_age,"
                    + " delivery_age_statuses, created_at, created_by) VALUES"
                    + " (11, '500116', 'V1', 'old', '2026-01-01', '2026-02-28', 'PER_MEAL', 1, 5, 20, 15.00, 'DISABLED',"
                    + " 80, 'LIVING_ALONE', '2026-01-01 00:00:00', 't'),"
                    + " (12, '500116', 'V2', 'new', '2026-03-01', NULL, 'PER_DAY', NULL, NULL, 60, 0.00, '', NULL, '',"
                    + " '2026-01-01 00:00:00', 't')");
            jdbc.update("INSERT INTO subsidy_tier (policy_id, tier_order, code, name_zh, min_age, required_statuses,"
                    + " amount) VALUES (11, 0, 'AGE_60', '60+', 60, '', 2.00), (11, 1, 'TEKUN', '特困', 60, 'TEKUN',"
                    + " 8.00), (12, 0, 'AGE_80', '80+', 80, '', 3.00)");
            for (long id = 101; id <= 103; id++) {
                String subsidy = id == 103 ? "0.00" : "3.00";
                String status = id == 102 ? "CANCELLED" : "SERVED";
                jdbc.update(
                        "INSERT INTO meal_order (id, order_number, canteen_id, placed_by_account_id, placed_by,"
                                + " senior_id, senior_masked_name, verification, channel, meal_period, service_date,"
                                + " status, payment_method, payment_status, gross, subsidy, self_pay, tier_code,"
                                + " policy_version, subsidy_reason, dietary_flags, idempotency_key,"
                                + " request_fingerprint, revision, placed_at, updated_at) VALUES (?, ?, 1, 1, 'k', 5,"
                                + " '张*', 'CARD', 'DINE_IN', 'LUNCH', '2026-03-02', ?, 'WALLET', 'PAID', 12.00, ?,"
                                + " 12.00 - ?, ?, 'V2', 'SUBSIDISED', '', ?, 'f', 1, '2026-03-02 11:00:00',"
                                + " '2026-03-02 11:00:00')",
                        id,
                        "A" + id,
                        status,
                        subsidy,
                        subsidy,
                        id == 103 ? null : "AGE_80",
                        "key" + id);
            }

            Flyway.configure()
                    .dataSource(ds)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();

            List<Map<String, Object>> schemes = jdbc.queryForList(
                    "SELECT policy_id, code, funder, basis, daily_cap, weekly_cap, monthly_cap, minimum_bill, channels,"
                            + " effective_from FROM subsidy_scheme ORDER BY policy_id");
            assertThat(schemes).hasSize(2);
            assertThat(schemes.get(0))
                    .containsEntry("code", "MEAL")
                    .containsEntry("funder", "DISTRICT")
                    .containsEntry("basis", "PER_MEAL")
                    .containsEntry("channels", "DELIVERY,DINE_IN,TAKEAWAY");
            assertThat(((Number) schemes.get(0).get("daily_cap")).intValue()).isEqualTo(1);
            assertThat(((Number) schemes.get(0).get("weekly_cap")).intValue()).isEqualTo(5);
            assertThat(((Number) schemes.get(0).get("monthly_cap")).intValue()).isEqualTo(20);
            assertThat(schemes.get(0).get("minimum_bill").toString()).isEqualTo("15.00");
            assertThat(schemes.get(1)).containsEntry("basis", "PER_DAY").containsEntry("daily_cap", null);
            assertThat(jdbc.queryForList(
                            "SELECT CONCAT(scheme_id, ':', code, ':', amount, ':', required_statuses)"
                                    + " FROM subsidy_scheme_tier ORDER BY scheme_id, tier_order",
                            String.class))
                    .containsExactly("11:AGE_60:2.00:", "11:TEKUN:8.00:TEKUN", "12:AGE_80:3.00:");
            assertThat(jdbc.queryForObject(
                            "SELECT COUNT(*) FROM subsidy_policy WHERE schemes_add_up = FALSE", Integer.class))
                    .isEqualTo(2);
            // every subsidised order (also a cancelled one: its subsidy was paid and may be adjusted later) has its
            // line
            assertThat(jdbc.queryForList(
                            "SELECT CONCAT(order_id, ':', scheme_code, ':', funder, ':', tier_code, ':', amount)"
                                    + " FROM meal_order_subsidy ORDER BY order_id",
                            String.class))
                    .containsExactly("101:MEAL:DISTRICT:AGE_80:3.00", "102:MEAL:DISTRICT:AGE_80:3.00");
            assertThat(jdbc.queryForList("SELECT price_rule_discount FROM meal_order", java.math.BigDecimal.class))
                    .allSatisfy(d -> assertThat(d).isEqualByComparingTo("0"));
        }
    }

    private static SingleConnectionDataSource dataSource() throws SQLException {
        if ("mysql".equals(System.getenv("XINGFU_TEST_DB"))) {
            String url = System.getenv().getOrDefault("CANTEEN_TEST_DB_URL", "jdbc:mariadb://127.0.0.1:3306/canteen");
            String user = System.getenv().getOrDefault("CANTEEN_TEST_DB_USER", "canteen_app");
            String password = System.getenv().getOrDefault("CANTEEN_TEST_DB_PASSWORD", "canteen_app_dev");
            int slash = url.lastIndexOf('/');
            String schema = url.substring(slash + 1).replaceAll("\\?.*", "") + "_migration";
            try (Connection c = DriverManager.getConnection(url, user, password)) {
                c.createStatement()
                        .execute("CREATE DATABASE IF NOT EXISTS " + schema
                                + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            }
            return new SingleConnectionDataSource(url.substring(0, slash + 1) + schema, user, password, true);
        }
        return new SingleConnectionDataSource(
                "jdbc:h2:mem:scheme_migration;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;"
                        + "DB_CLOSE_DELAY=-1",
                "sa",
                "",
                true);
    }
}
