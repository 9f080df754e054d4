package cn.xingfu.care.shared.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xingfu.care.assessment.AbilityItem;
import cn.xingfu.care.support.CareFixtures;
import cn.xingfu.care.support.CareIntegrationTest;
import cn.xingfu.care.support.Json;
import cn.xingfu.care.support.Scores;
import cn.xingfu.care.support.TestAccounts;
import java.time.LocalDate;
import java.time.ZoneId;
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
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;

/**
 * The migrations V105-V110 and V140-V144 on a database that already holds plaintext personal data: a schema of
 * its own is migrated to the version before, filled the way the application wrote rows before, then migrated to
 * the end. The last test shows the same columns written through the API are envelopes and read back right.
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

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    CareFixtures fixtures;

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
        flyway(lastBefore("105")).migrate();
    }

    String lastBefore(String version) {
        return java.util.Arrays.stream(flyway("latest").info().all())
                .map(m -> m.getVersion())
                .filter(v -> v != null && v.isNewerThan("0") && !v.isAtLeast(version)) // null: schema marker
                .max(Comparable::compareTo)
                .orElseThrow()
                .getVersion();
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
    void healthFieldsWrittenBeforeV140AreEncryptedInPlace() {
        insertResident(1, "500381194501011234", "13800138000", "高血压");
        flyway(lastBefore("140")).migrate();
        jdbc.sql("INSERT INTO " + SCHEMA + ".ability_assessment (id, resident_id, facility_id, assessed_on, reason,"
                        + " standard_version, first_assessor, second_assessor, self_care, basic_mobility, mental_state,"
                        + " perception_social, total_score, initial_grade, final_grade, risk_events_30d, coma,"
                        + " legacy_grade, legacy_total, next_due_on, recorded_by, created_at) VALUES"
                        + " (51, 1, 1, '2025-03-01', 'FIRST', 'GB_T_42195_2022', '李医生', '张护士', 32, 15, 23, 0, 70,"
                        + " 'MILD', 'SEVERE', 2, FALSE, NULL, NULL, '2025-08-28', 'nurse', CURRENT_TIMESTAMP(6)),"
                        + " (52, 1, 1, '2019-05-01', 'FIRST', 'MZ_T_039_2013', '李医生', '张护士', NULL, NULL, NULL,"
                        + " NULL, NULL, NULL, NULL, 0, FALSE, 2, 55, NULL, 'nurse', CURRENT_TIMESTAMP(6))")
                .update();
        // 26 items for each of 20 assessments: more than one batch of 500, paged by the composite key
        List<AbilityItem> items = List.of(AbilityItem.values());
        for (int a = 0; a < 20; a++) {
            long id = 100 + a;
            if (a > 0) {
                jdbc.sql("INSERT INTO " + SCHEMA + ".ability_assessment (id, resident_id, facility_id, assessed_on,"
                                + " reason, standard_version, first_assessor, second_assessor, risk_events_30d, coma,"
                                + " recorded_by, created_at) VALUES (?, 1, 1, '2025-03-01', 'FIRST', 'GB_T_42195_2022',"
                                + " '李医生', '张护士', 0, FALSE, 'nurse', CURRENT_TIMESTAMP(6))")
                        .param(id)
                        .update();
            }
            for (AbilityItem item : items) {
                jdbc.sql("INSERT INTO " + SCHEMA
                                + ".assessment_item (assessment_id, item_code, score) VALUES (?, ?, ?)")
                        .params(a == 0 ? 51 : id, item.name(), (a + item.ordinal()) % 5 % (item.max() + 1))
                        .update();
            }
        }
        jdbc.sql("INSERT INTO " + SCHEMA + ".assessment_adjustment (assessment_id, position, rule_code, from_grade,"
                        + " to_grade, reason_zh, reason_en) VALUES (51, 0, 'DIAGNOSIS', 'MILD', 'MODERATE',"
                        + " '诊断痴呆（F00-F03）提高一级', 'Dementia diagnosis (F00-F03) raises one grade')")
                .update();
        jdbc.sql("INSERT INTO " + SCHEMA + ".cognitive_screening (id, resident_id, facility_id, tool, score, education,"
                        + " screened_on, screened_by, doctor_confirmed, recorded_by, created_at) VALUES (61, 1, 1, 'MMSE',"
                        + " 17, 'ILLITERATE', '2025-02-02', '江津区中心医院', FALSE, 'nurse', CURRENT_TIMESTAMP(6))")
                .update();
        jdbc.sql("INSERT INTO " + SCHEMA + ".admission (id, resident_id, facility_id, status, requested_on,"
                        + " requested_by, note, version, created_at) VALUES (71, 1, 1, 'REQUESTED', '2025-01-01',"
                        + " 'manager', '家属称近月记忆明显减退', 0, CURRENT_TIMESTAMP(6))")
                .update();
        jdbc.sql("INSERT INTO " + SCHEMA + ".admission_event (id, admission_id, event_type, event_date, recorded_at,"
                        + " recorded_by, note) VALUES (72, 71, 'REQUESTED', '2025-01-01', CURRENT_TIMESTAMP(6), 'manager',"
                        + " '家属称近月记忆明显减退')")
                .update();
        jdbc.sql("INSERT INTO " + SCHEMA + ".home_visit (id, bed_id, visit_date, visitor, services, duration_minutes,"
                        + " note, recorded_by, created_at) VALUES (81, 31, '2025-04-04', '王护理员', 'BATHING', 45,"
                        + " '血压160/95，已告知家属', 'nurse', CURRENT_TIMESTAMP(6))")
                .update();

        flyway("latest").migrate();

        Map<String, Object> current = row("SELECT * FROM " + SCHEMA + ".ability_assessment WHERE id = 51");
        assertEnvelopeOf(current.get("self_care"), "32");
        assertEnvelopeOf(current.get("basic_mobility"), "15");
        assertEnvelopeOf(current.get("mental_state"), "23");
        assertEnvelopeOf(current.get("perception_social"), "0");
        assertEnvelopeOf(current.get("total_score"), "70");
        assertEncrypted(current.get("initial_grade"), "MILD", "MILD");
        assertEncrypted(current.get("final_grade"), "SEVERE", "SEVERE");
        for (int a = 0; a < 20; a++) {
            long id = a == 0 ? 51 : 100 + a;
            for (AbilityItem item : items) {
                assertEnvelopeOf(
                        row("SELECT score FROM " + SCHEMA + ".assessment_item WHERE assessment_id = " + id
                                        + " AND item_code = '" + item.name() + "'")
                                .get("score"),
                        String.valueOf((a + item.ordinal()) % 5 % (item.max() + 1)));
            }
        }
        Map<String, Object> adjustment =
                row("SELECT * FROM " + SCHEMA + ".assessment_adjustment WHERE assessment_id = 51");
        assertEncrypted(adjustment.get("rule_code"), "DIAGNOSIS", "DIAGNOSIS");
        assertEncrypted(adjustment.get("from_grade"), "MILD", "MILD");
        assertEncrypted(adjustment.get("to_grade"), "MODERATE", "MODERATE");
        assertEncrypted(adjustment.get("reason_zh"), "诊断痴呆（F00-F03）提高一级", "F00");
        assertEncrypted(adjustment.get("reason_en"), "Dementia diagnosis (F00-F03) raises one grade", "Dementia");
        Map<String, Object> legacy = row("SELECT * FROM " + SCHEMA + ".ability_assessment WHERE id = 52");
        for (String column : List.of("self_care", "mental_state", "total_score", "initial_grade", "final_grade")) {
            assertThat(legacy.get(column)).as(column).isNull();
        }
        // the imported MZ/T 039-2013 grade and total (V147-V148); the current assessment has none
        assertEnvelopeOf(legacy.get("legacy_grade"), "2");
        assertEnvelopeOf(legacy.get("legacy_total"), "55");
        assertThat(current.get("legacy_grade")).isNull();
        assertThat(current.get("legacy_total")).isNull();
        assertEnvelopeOf(
                row("SELECT * FROM " + SCHEMA + ".cognitive_screening WHERE id = 61")
                        .get("score"),
                "17");
        assertEncrypted(
                row("SELECT * FROM " + SCHEMA + ".admission WHERE id = 71").get("note"), "家属称近月记忆明显减退", "记忆");
        assertEncrypted(
                row("SELECT * FROM " + SCHEMA + ".admission_event WHERE id = 72")
                        .get("note"),
                "家属称近月记忆明显减退",
                "记忆");
        assertEncrypted(
                row("SELECT * FROM " + SCHEMA + ".home_visit WHERE id = 81").get("note"), "血压160/95，已告知家属", "160");
        // the range checks of the numeric columns are gone with them: an envelope fits the column
        jdbc.sql("UPDATE " + SCHEMA + ".cognitive_screening SET score = ? WHERE id = 61")
                .param(cipher.encrypt("29"))
                .update();
    }

    @Test
    void assessmentsScreeningsAndNotesWrittenThroughTheApiAreEnvelopesAndReadBackRight() throws Exception {
        var facility = fixtures.facility();
        var manager = accounts.manager(facility.id());
        long resident = fixtures.resident(facility.id()).id();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        for (int i = 1; i <= 2; i++) { // two falls in 30 days raise the grade one step
            postJson(
                            manager,
                            "/api/residents/{id}/care-events",
                            Map.of(
                                    "type",
                                    "FALL",
                                    "occurredOn",
                                    today.minusDays(i * 3).toString()),
                            resident)
                    .andExpect(status().isCreated());
        }

        long assessment = body(postJson(
                                manager, "/api/residents/{id}/assessments", Scores.form(today.toString(), 70), resident)
                        .andExpect(status().isCreated()))
                .get("id")
                .asLong();
        Map<String, Object> stored = row("SELECT * FROM ability_assessment WHERE id = " + assessment);
        assertEnvelopeOf(stored.get("self_care"), "32");
        assertEnvelopeOf(stored.get("basic_mobility"), "15");
        assertEnvelopeOf(stored.get("mental_state"), "23");
        assertEnvelopeOf(stored.get("perception_social"), "0");
        assertEnvelopeOf(stored.get("total_score"), "70");
        assertEncrypted(stored.get("initial_grade"), "MILD", "MILD");
        assertEncrypted(stored.get("final_grade"), "MODERATE", "MODERATE");
        Map<String, Integer> form = Scores.summing(70);
        List<Map<String, Object>> items = jdbc.sql(
                        "SELECT item_code, score FROM assessment_item WHERE assessment_id = ?")
                .param(assessment)
                .query()
                .listOfRows();
        assertThat(items).hasSize(form.size());
        for (Map<String, Object> item : items) {
            assertEnvelopeOf(item.get("score"), String.valueOf(form.get((String) item.get("item_code"))));
        }
        Map<String, Object> adjustment = row("SELECT * FROM assessment_adjustment WHERE assessment_id = " + assessment);
        assertEncrypted(adjustment.get("rule_code"), "RISK_EVENTS", "RISK");
        assertEncrypted(adjustment.get("from_grade"), "MILD", "MILD");
        assertEncrypted(adjustment.get("to_grade"), "MODERATE", "MODERATE");
        JsonNode read = body(mvc.perform(
                        get("/api/assessments/{id}", assessment).with(manager.basic()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(70))
                .andExpect(jsonPath("$.dimensions.SELF_CARE").value(32))
                .andExpect(jsonPath("$.dimensions.BASIC_MOBILITY").value(15))
                .andExpect(jsonPath("$.dimensions.MENTAL_STATE").value(23))
                .andExpect(jsonPath("$.dimensions.PERCEPTION_AND_SOCIAL").value(0))
                .andExpect(jsonPath("$.initialGrade").value("MILD"))
                .andExpect(jsonPath("$.finalGrade").value("MODERATE"))
                .andExpect(jsonPath("$.adjustments[0].rule").value("RISK_EVENTS"))
                .andExpect(jsonPath("$.adjustments[0].from").value("MILD"))
                .andExpect(jsonPath("$.adjustments[0].to").value("MODERATE")));
        long legacy = body(postJson(
                                manager,
                                "/api/residents/{id}/assessments/legacy",
                                Map.of(
                                        "assessedOn",
                                        today.minusYears(3).toString(),
                                        "reason",
                                        "ROUTINE",
                                        "firstAssessor",
                                        "李医生",
                                        "secondAssessor",
                                        "张护士",
                                        "grade",
                                        3,
                                        "total",
                                        41),
                                resident)
                        .andExpect(status().isCreated()))
                .get("id")
                .asLong();
        Map<String, Object> storedLegacy = row("SELECT * FROM ability_assessment WHERE id = " + legacy);
        assertEnvelopeOf(storedLegacy.get("legacy_grade"), "3");
        assertEnvelopeOf(storedLegacy.get("legacy_total"), "41");
        mvc.perform(get("/api/assessments/{id}", legacy).with(manager.basic()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.standardVersion").value("MZ_T_039_2013"))
                .andExpect(jsonPath("$.legacyGrade").value(3))
                .andExpect(jsonPath("$.legacyTotal").value(41));
        Map<String, Integer> readScores = new java.util.HashMap<>();
        read.get("scores")
                .properties()
                .forEach(e -> readScores.put(e.getKey(), e.getValue().asInt()));
        assertThat(readScores).isEqualTo(form);

        // MMSE cut-off for the illiterate: 17 is positive, 18 is not; the judgement is made on the decrypted score
        for (int score : new int[] {17, 18}) {
            long screening = body(postJson(
                                    manager,
                                    "/api/residents/{id}/cognitive-screenings",
                                    Map.of(
                                            "tool",
                                            "MMSE",
                                            "score",
                                            score,
                                            "education",
                                            "ILLITERATE",
                                            "screenedOn",
                                            today.minusDays(score - 16).toString(),
                                            "screenedBy",
                                            "王医生"),
                                    resident)
                            .andExpect(status().isCreated())
                            .andExpect(jsonPath("$.positive").value(score == 17)))
                    .get("id")
                    .asLong();
            assertEnvelopeOf(
                    row("SELECT * FROM cognitive_screening WHERE id = " + screening)
                            .get("score"),
                    String.valueOf(score));
        }
        mvc.perform(get("/api/residents/{id}/cognitive-screenings", resident).with(manager.basic()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].score").value(17))
                .andExpect(jsonPath("$[0].positive").value(true))
                .andExpect(jsonPath("$[1].score").value(18))
                .andExpect(jsonPath("$[1].positive").value(false));

        String note = "家属称近月记忆明显减退";
        long admission = body(postJson(
                                manager,
                                "/api/residents/{id}/admissions",
                                Map.of("date", today.toString(), "note", note),
                                resident)
                        .andExpect(status().isCreated()))
                .get("id")
                .asLong();
        assertEncrypted(row("SELECT * FROM admission WHERE id = " + admission).get("note"), note, "记忆");
        assertEncrypted(
                row("SELECT * FROM admission_event WHERE admission_id = " + admission)
                        .get("note"),
                note,
                "记忆");
        mvc.perform(get("/api/admissions/{id}", admission).with(manager.basic()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.note").value(note));
        mvc.perform(get("/api/admissions/{id}/history", admission).with(manager.basic()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].note").value(note));
    }

    ResultActions postJson(TestAccounts.Login login, String uri, Object body, Object... vars) throws Exception {
        return mvc.perform(post(uri, vars)
                .with(login.basic())
                .contentType(MediaType.APPLICATION_JSON)
                .content(Json.write(body)));
    }

    JsonNode body(ResultActions result) throws Exception {
        return Json.read(result.andReturn().getResponse().getContentAsString());
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

    /** For short values a fragment test would be chance: base64 may contain any digit. */
    void assertEnvelopeOf(Object stored, String plain) {
        assertThat(stored).isInstanceOf(String.class);
        assertThat((String) stored).startsWith(cipher.activePrefix());
        assertThat(cipher.decrypt((String) stored)).isEqualTo(plain);
    }

    void assertEncrypted(Object stored, String plain, String fragment) {
        assertThat(stored).isInstanceOf(String.class);
        assertThat((String) stored).startsWith(cipher.activePrefix()).doesNotContain(fragment);
        assertThat(cipher.decrypt((String) stored)).isEqualTo(plain);
    }
}
