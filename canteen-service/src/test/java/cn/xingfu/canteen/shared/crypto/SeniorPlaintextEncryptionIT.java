package cn.xingfu.canteen.shared.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
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
 * V140-V141 on a database that already holds seniors in plaintext: a schema of its own is migrated to just before
 * V140, filled the way the application wrote rows until now, then migrated to the end.
 */
@SpringBootTest
class SeniorPlaintextEncryptionIT {

    static final String SCHEMA = "canteen_crypto_migration_it";

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
    void schemaBeforeTheEncryptionMigrations() {
        jdbc = JdbcClient.create(dataSource);
        flyway("latest").clean();
        String before = Arrays.stream(flyway("latest").info().all())
                .map(m -> m.getVersion())
                .filter(v -> v.isNewerThan("0") && !v.isAtLeast("140"))
                .max(Comparable::compareTo)
                .orElseThrow()
                .getVersion();
        flyway(before).migrate();
    }

    @AfterEach
    void dropSchema() {
        flyway("latest").clean();
    }

    @Test
    void existingSeniorsAreEncryptedInPlaceAndDecryptToTheSameValues() {
        jdbc.sql("INSERT INTO " + SCHEMA + ".senior (id, row_version, name, name_initials, gender, date_of_birth,"
                        + " id_number_enc, id_number_index, id_number_masked, phone, phone_tail, address, latitude,"
                        + " longitude, home_canteen_id, dietary_tags, allergens, texture, emergency_name,"
                        + " emergency_relation, emergency_phone, worker_name, worker_phone, delivery_notes, lifecycle,"
                        + " created_at, created_by, updated_at) VALUES (1, 0, '王德华', 'wdh', 'M', '1945-01-01', X'01',"
                        + " 'idx-1', '500381********1234', '13800138000', '8000', '重庆市江津区几江街道滨江路8号', 29.2634512,"
                        + " 106.2591234, 7, '', '', 'NORMAL', '王小明', '儿子', '13900139000', '刘社工', '02347512345',"
                        + " '糖尿病，门口有狗', 'ACTIVE', CURRENT_TIMESTAMP(6), 'test', CURRENT_TIMESTAMP(6)),"
                        + " (2, 0, '李芳', 'lf', 'F', '1947-02-02', X'01', 'idx-2', '500381********5678', NULL, NULL,"
                        + " '江津区', NULL, NULL, 7, '', '', 'NORMAL', NULL, NULL, NULL, NULL, NULL, NULL, 'ACTIVE',"
                        + " CURRENT_TIMESTAMP(6), 'test', CURRENT_TIMESTAMP(6))")
                .update();
        jdbc.sql("INSERT INTO " + SCHEMA + ".senior_status (id, senior_id, status, source, valid_from, recorded_at,"
                        + " recorded_by) VALUES (11, 1, 'DIBAO', '民政', '2025-01-01', CURRENT_TIMESTAMP(6), 'test')")
                .update();

        flyway("latest").migrate();

        Map<String, Object> first = row("SELECT * FROM " + SCHEMA + ".senior WHERE id = 1");
        assertEncrypted(first.get("phone"), "13800138000");
        assertEncrypted(first.get("address"), "重庆市江津区几江街道滨江路8号");
        assertThat(Double.parseDouble(decrypted(first.get("latitude")))).isEqualTo(29.2634512);
        assertThat(Double.parseDouble(decrypted(first.get("longitude")))).isEqualTo(106.2591234);
        assertThat((String) first.get("latitude")).doesNotContain("29.26");
        assertEncrypted(first.get("emergency_phone"), "13900139000");
        assertEncrypted(first.get("worker_phone"), "02347512345");
        assertEncrypted(first.get("delivery_notes"), "糖尿病，门口有狗");
        assertThat(first.get("phone_tail")).isEqualTo("8000");
        Map<String, Object> second = row("SELECT * FROM " + SCHEMA + ".senior WHERE id = 2");
        assertThat(second.get("phone")).isNull();
        assertThat(second.get("latitude")).isNull();
        assertEncrypted(second.get("address"), "江津区");
        assertEncrypted(
                row("SELECT status FROM " + SCHEMA + ".senior_status WHERE id = 11")
                        .get("status"),
                "DIBAO");

        assertThat(flyway("latest").migrate().migrationsExecuted).isZero();
    }

    Map<String, Object> row(String sql) {
        Map<String, Object> lower = new HashMap<>();
        jdbc.sql(sql).query().singleRow().forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT), v));
        return lower;
    }

    String decrypted(Object stored) {
        assertThat(stored).isInstanceOf(String.class);
        assertThat((String) stored).startsWith(cipher.activePrefix());
        return cipher.decrypt((String) stored);
    }

    void assertEncrypted(Object stored, String plain) {
        assertThat(decrypted(stored)).isEqualTo(plain);
        assertThat((String) stored).doesNotContain(plain);
    }
}
