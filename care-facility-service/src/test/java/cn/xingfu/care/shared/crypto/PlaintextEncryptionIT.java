package cn.xingfu.care.shared.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.xingfu.care.support.CareIntegrationTest;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.JavaMigration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The migrations V105-V110 on a database that already holds plaintext personal data: a schema of its own is
 * migrated to V104, filled the way the application wrote rows before, then migrated to the end.
 */
@CareIntegrationTest
class PlaintextEncryptionIT {

    static final String SCHEMA = "care_crypto_migration_it";

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
        // the last migration before the encryption ones, whoever added it
        String before = java.util.Arrays.stream(flyway("latest").info().all())
                .map(m -> m.getVersion())
                .filter(v -> v.isNewerThan("0") && !v.isAtLeast("105"))
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
    void existingPlaintextRowsAreEncryptedInPlaceWithBlindIndexesAndTheUniqueKeyMovesToTheIndex() {
        insertResident(1, "500381194501011234", "13800138000", "高血压，需低盐");
        insertResident(2, "50038119470202567x", null, null);
        jdbc.sql("INSERT INTO " + SCHEMA + ".diagnosis (id, resident_id, icd10_code, name, diagnosed_on, diagnosed_by,"
                        + " psychiatrist, created_at) VALUES (11, 1, 'F03', '阿尔茨海默病', '2024-01-02', '江津区人民医院',"
                        + " TRUE, CURRENT_TIMESTAMP(6))")
                .update();
        jdbc.sql("INSERT INTO " + SCHEMA + ".care_staff (id, facility_id, name, id_number, staff_role, active, version,"
                        + " created_at) VALUES (21, 1, '刘护理', '500381198003034321', 'CAREGIVER', TRUE, 0,"
                        + " CURRENT_TIMESTAMP(6)), (22, 1, '陈厨师', NULL, 'CAREGIVER', TRUE, 0, CURRENT_TIMESTAMP(6))")
                .update();
        jdbc.sql("INSERT INTO " + SCHEMA + ".bed (id, facility_id, label, bed_type, status, home_address,"
                        + " in_service_from, version, created_at) VALUES (31, 1, 'H-1', 'HOME_CARE', 'VACANT',"
                        + " '重庆市江津区几江街道滨江路8号', '2024-01-01', 0, CURRENT_TIMESTAMP(6))")
                .update();
        jdbc.sql("INSERT INTO " + SCHEMA + ".care_event (id, resident_id, facility_id, event_type, occurred_on, note,"
                        + " recorded_by, created_at) VALUES (41, 1, 1, 'FALL', '2025-05-05', '夜间跌倒，右髋疼痛', 'nurse',"
                        + " CURRENT_TIMESTAMP(6))")
                .update();

        flyway("latest").migrate();

        Map<String, Object> first = row("SELECT * FROM " + SCHEMA + ".resident WHERE id = 1");
        assertEncrypted(first.get("id_number"), "500381194501011234", "19450101");
        assertEncrypted(first.get("phone"), "13800138000", "13800138000");
        assertEncrypted(first.get("health_notes"), "高血压，需低盐", "高血压");
        assertThat(first.get("id_number_index"))
                .isEqualTo(cipher.blindIndex(IdNumberIndex.RESIDENT, "500381194501011234"));
        Map<String, Object> second = row("SELECT * FROM " + SCHEMA + ".resident WHERE id = 2");
        assertThat(second.get("phone")).isNull();
        assertThat(second.get("health_notes")).isNull();
        assertThat(second.get("id_number_index")) // the lower-case x was normalised before indexing
                .isEqualTo(cipher.blindIndex(IdNumberIndex.RESIDENT, "50038119470202567X"));

        Map<String, Object> diagnosis = row("SELECT * FROM " + SCHEMA + ".diagnosis WHERE id = 11");
        assertEncrypted(diagnosis.get("icd10_code"), "F03", "F03");
        assertEncrypted(diagnosis.get("name"), "阿尔茨海默病", "阿尔茨海默");
        Map<String, Object> staff = row("SELECT * FROM " + SCHEMA + ".care_staff WHERE id = 21");
        assertEncrypted(staff.get("id_number"), "500381198003034321", "19800303");
        assertThat(staff.get("id_number_index"))
                .isEqualTo(cipher.blindIndex(IdNumberIndex.STAFF, "500381198003034321"));
        assertThat(row("SELECT * FROM " + SCHEMA + ".care_staff WHERE id = 22").get("id_number_index"))
                .isNull();
        assertEncrypted(
                row("SELECT * FROM " + SCHEMA + ".bed WHERE id = 31").get("home_address"), "重庆市江津区几江街道滨江路8号", "滨江路");
        assertEncrypted(
                row("SELECT * FROM " + SCHEMA + ".care_event WHERE id = 41").get("note"), "夜间跌倒，右髋疼痛", "跌倒");

        // the same ID number again collides on the blind index, as it did on the plaintext before
        String sameIndex = (String) first.get("id_number_index");
        assertThatThrownBy(() -> jdbc.sql("UPDATE " + SCHEMA + ".resident SET id_number_index = ? WHERE id = 2")
                        .param(sameIndex)
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void runningTheEncryptionAgainLeavesEnvelopesAlone() {
        insertResident(1, "500381194501011234", "13800138000", "高血压");
        flyway("latest").migrate();
        String before = (String) row("SELECT id_number FROM " + SCHEMA + ".resident WHERE id = 1")
                .get("id_number");

        assertThat(flyway("latest").migrate().migrationsExecuted).isZero();
        assertThat(row("SELECT id_number FROM " + SCHEMA + ".resident WHERE id = 1")
                        .get("id_number"))
                .isEqualTo(before);
    }

    void insertResident(long id, String idNumber, String phone, String notes) {
        jdbc.sql("INSERT INTO " + SCHEMA + ".resident (id, facility_id, name, gender, birth_date, id_number, phone,"
                        + " health_notes, version, created_at) VALUES (?, 1, '张桂兰', 'FEMALE', '1945-01-01', ?, ?, ?, 0,"
                        + " CURRENT_TIMESTAMP(6))")
                .params(id, idNumber, phone, notes)
                .update();
    }

    Map<String, Object> row(String sql) {
        Map<String, Object> raw = jdbc.sql(sql).query().singleRow();
        Map<String, Object> lower = new java.util.HashMap<>();
        raw.forEach((k, v) -> lower.put(k.toLowerCase(java.util.Locale.ROOT), v));
        return lower;
    }

    void assertEncrypted(Object stored, String plain, String fragment) {
        assertThat(stored).isInstanceOf(String.class);
        assertThat((String) stored).startsWith(cipher.activePrefix()).doesNotContain(fragment);
        assertThat(cipher.decrypt((String) stored)).isEqualTo(plain);
    }
}
