package cn.xingfu.canteen.shared.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.JavaMigration;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * V161-V162 and V170-V171 on a database that already holds planned delivery stops with plaintext coordinates and
 * notes and welfare alerts with plaintext texts: a schema of its own is migrated to V160, filled the way the
 * application wrote them until now (DOUBLE coordinates, 300- and 500-character text columns), then migrated to the
 * end. 501 stops take two batches of the migration's paging.
 */
@SpringBootTest
class DeliveryStopPlaintextEncryptionIT {

    static final String SCHEMA = "canteen_stop_crypto_migration_it";
    static final int STOPS = 501;

    @Autowired
    DataSource dataSource;

    @Autowired
    List<JavaMigration> javaMigrations;

    @Autowired
    FieldCipher cipher;

    JdbcClient jdbc;

    Flyway flyway(String target) {
        return Flyway.configure()
                .dataSource(dataSource)
                .schemas(SCHEMA)
                .createSchemas(true)
                .cleanDisabled(false)
                .locations("classpath:db/migration")
                .javaMigrations(javaMigrations.toArray(JavaMigration[]::new))
                .target(target)
                .load();
    }

    @BeforeEach
    void schemaBeforeTheStopEncryption() {
        jdbc = JdbcClient.create(dataSource);
        flyway("latest").clean();
        flyway("160").migrate();
    }

    @AfterEach
    void dropSchema() {
        flyway("latest").clean();
    }

    static double latitude(int i) {
        return 29.2634512 + i * 0.0000137;
    }

    static double longitude(int i) {
        return 106.2591234 - i * 0.0000211;
    }

    @Test
    void plannedStopsAreEncryptedInPlaceAndDecryptToTheSameCoordinates() {
        jdbc.sql("INSERT INTO " + SCHEMA + ".delivery_plan (id, canteen_id, service_date, meal_period, status,"
                        + " revision) VALUES (1, 7, '2026-11-02', 'LUNCH', 'PLANNED', 0)")
                .update();
        for (int i = 1; i <= STOPS; i++) {
            jdbc.sql("INSERT INTO " + SCHEMA + ".delivery_stop (id, plan_id, order_id, senior_id, latitude,"
                            + " longitude, boxes, status, note, wellbeing_note) VALUES (?, 1, ?, ?, ?, ?, 1,"
                            + " 'WAITING', ?, ?)")
                    .params(i, 1000 + i, 2000 + i, latitude(i), longitude(i), note(i), wellbeingNote(i))
                    .update();
        }
        // the widest texts the old columns held, in three-byte characters: the envelopes must fit the new widths
        for (int a = 1; a <= 3; a++) {
            jdbc.sql("INSERT INTO " + SCHEMA + ".welfare_alert (id, canteen_id, senior_id, order_id, stop_id, reason,"
                            + " detail, follow_up, status, raised_at, raised_by, resolution) VALUES (?, 7, ?, ?, ?,"
                            + " 'SENIOR_UNWELL', ?, ?, 'OPEN', '2026-11-02 11:40:00', 'volunteer', ?)")
                    .params(a, 2000 + a, 1000 + a, a, detail(a), followUp(a), resolution(a))
                    .update();
        }

        flyway("latest").migrate();

        List<Map<String, Object>> rows = jdbc.sql(
                        "SELECT id, latitude, longitude FROM " + SCHEMA + ".delivery_stop ORDER BY id")
                .query()
                .listOfRows();
        assertThat(rows).hasSize(STOPS);
        List<Long> checked = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            int i = ((Number) row.get("id")).intValue();
            assertCoordinate(row.get("latitude"), latitude(i));
            assertCoordinate(row.get("longitude"), longitude(i));
            checked.add((long) i);
        }
        assertThat(checked).doesNotHaveDuplicates().hasSize(STOPS);

        List<Map<String, Object>> notes = jdbc.sql(
                        "SELECT id, note, wellbeing_note FROM " + SCHEMA + ".delivery_stop ORDER BY id")
                .query()
                .listOfRows();
        for (Map<String, Object> row : notes) {
            int i = ((Number) row.get("id")).intValue();
            assertText(row.get("note"), note(i));
            assertText(row.get("wellbeing_note"), wellbeingNote(i));
        }
        List<Map<String, Object>> alerts = jdbc.sql(
                        "SELECT id, detail, follow_up, resolution FROM " + SCHEMA + ".welfare_alert ORDER BY id")
                .query()
                .listOfRows();
        assertThat(alerts).hasSize(3);
        for (Map<String, Object> row : alerts) {
            int a = ((Number) row.get("id")).intValue();
            assertText(row.get("detail"), detail(a));
            assertText(row.get("follow_up"), followUp(a));
            assertText(row.get("resolution"), resolution(a));
        }

        // idempotent: nothing left to do, and envelopes are not encrypted twice
        assertThat(flyway("latest").migrate().migrationsExecuted).isZero();
    }

    /** Stop 1 carries the longest note the application accepts; every third stop has none. */
    static @Nullable String note(int i) {
        if (i == 1) {
            return "眩".repeat(300);
        }
        return i % 3 == 0 ? null : "第" + i + "站 敲门无人应 nobody home";
    }

    static @Nullable String wellbeingNote(int i) {
        if (i == 1) {
            return "晕".repeat(300);
        }
        return i % 2 == 0 ? null : "第" + i + "站 头晕 unwell, dizzy";
    }

    static @Nullable String detail(int a) {
        return a == 3 ? null : a == 1 ? "详".repeat(300) : "上门查看 Doorstep check: 身体不适 / Unwell · 头晕";
    }

    static String followUp(int a) {
        return a == 1 ? "联".repeat(500) : "紧急联系人 Emergency contact: 王芳 (女儿) 13800138000";
    }

    static @Nullable String resolution(int a) {
        return a == 2 ? null : a == 1 ? "处".repeat(500) : "已联系女儿，老人去医院复查";
    }

    /** A null stays null; a text becomes an envelope that does not show it and decrypts to it. */
    void assertText(@Nullable Object stored, @Nullable String plain) {
        if (plain == null) {
            assertThat(stored).isNull();
            return;
        }
        assertThat(stored).isInstanceOf(String.class);
        String envelope = (String) stored;
        assertThat(envelope).startsWith(cipher.activePrefix()).doesNotContain(plain.substring(0, 3));
        assertThat(cipher.decrypt(envelope)).isEqualTo(plain);
    }

    void assertCoordinate(Object stored, double plain) {
        assertThat(stored).isInstanceOf(String.class);
        String envelope = (String) stored;
        assertThat(envelope).startsWith(cipher.activePrefix());
        assertThat(envelope).doesNotContain(Double.toString(plain).substring(0, 6));
        assertThat(Double.parseDouble(cipher.decrypt(envelope))).isEqualTo(plain);
    }
}
