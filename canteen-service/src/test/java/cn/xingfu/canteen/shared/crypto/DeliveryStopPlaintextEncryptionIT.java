package cn.xingfu.canteen.shared.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.JavaMigration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * V161-V162 on a database that already holds planned delivery stops with plaintext coordinates: a schema of its
 * own is migrated to V160, filled the way the application wrote stops until now (DOUBLE columns), then migrated
 * to the end. 501 stops take two batches of the migration's paging.
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
                            + " longitude, boxes, status) VALUES (?, 1, ?, ?, ?, ?, 1, 'WAITING')")
                    .params(i, 1000 + i, 2000 + i, latitude(i), longitude(i))
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

        // idempotent: nothing left to do, and envelopes are not encrypted twice
        assertThat(flyway("latest").migrate().migrationsExecuted).isZero();
    }

    void assertCoordinate(Object stored, double plain) {
        assertThat(stored).isInstanceOf(String.class);
        String envelope = (String) stored;
        assertThat(envelope).startsWith(cipher.activePrefix());
        assertThat(envelope).doesNotContain(Double.toString(plain).substring(0, 6));
        assertThat(Double.parseDouble(cipher.decrypt(envelope))).isEqualTo(plain);
    }
}
