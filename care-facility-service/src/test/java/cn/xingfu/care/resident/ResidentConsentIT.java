package cn.xingfu.care.resident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xingfu.care.facility.FacilityView;
import cn.xingfu.care.support.CareFixtures;
import cn.xingfu.care.support.CareIntegrationTest;
import cn.xingfu.care.support.Json;
import cn.xingfu.care.support.Scores;
import cn.xingfu.care.support.TestAccounts;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;

/**
 * Residents' consents to their health data, through the API: every writer of health data is gated, the gate stores
 * nothing when it refuses, a consent may come with the write, a withdrawal stops new writes but keeps the records, a
 * guardian may consent, managers stay within their facilities, the work list finds whom to ask, and both acts are
 * audited.
 */
@CareIntegrationTest
class ResidentConsentIT {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    CareFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    /** One gated write: where it goes, its body without consents, the table it stores into and the scope it needs. */
    record Write(String name, String uri, Map<String, Object> body, String table, ConsentScope scope) {

        Map<String, Object> with(List<Map<String, String>> consents) {
            Map<String, Object> withConsents = new HashMap<>(body);
            withConsents.put("consents", consents);
            return withConsents;
        }
    }

    /** A facility, its manager, a resident who gave no consent, and a home-care bed signed to her. */
    record Setting(FacilityView facility, TestAccounts.Login manager, long resident, long bed) {}

    @Test
    void everyHealthWriteIsRefusedWithoutConsentAndStoresNothing() throws Exception {
        Setting s = setting();
        for (Write write : writes(s)) {
            long before = rows(write.table());
            ResultActions refused = postJson(s.manager(), write.uri(), write.body())
                    .andExpect(status().isUnprocessableEntity())
                    .andExpect(jsonPath("$.code").value("CONSENT_REQUIRED"))
                    .andExpect(jsonPath("$.missing[0]").value(write.scope().name()))
                    .andExpect(jsonPath("$.messageZh").value(org.hamcrest.Matchers.containsString("单独同意")))
                    .andExpect(jsonPath("$.messageEn").value(org.hamcrest.Matchers.containsString("consent")));
            assertThat(refused.andReturn().getResponse().getContentType()).contains("application/problem+json");
            assertThat(rows(write.table())).as(write.name()).isEqualTo(before);
        }
        assertThat(consentsOf(s.resident())).isZero();
        // a registration with health notes is refused too, and the resident is not stored either
        String idNumber = CareFixtures.idNumber(LocalDate.of(1939, 4, 1));
        Map<String, Object> registration = Map.of(
                "name", "赵光碧",
                "gender", "FEMALE",
                "birthDate", "1939-04-01",
                "idNumber", idNumber,
                "healthNotes", "高血压、糖尿病");
        long residents = rows("resident");
        postJson(s.manager(), "/api/facilities/" + s.facility().id() + "/residents", registration)
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("CONSENT_REQUIRED"));
        assertThat(rows("resident")).isEqualTo(residents);
        assertThat(rows("resident_consent WHERE resident_id NOT IN (SELECT id FROM resident)"))
                .isZero();
        // a registration without health notes needs no consent
        postJson(
                        s.manager(),
                        "/api/facilities/" + s.facility().id() + "/residents",
                        Map.of(
                                "name", "赵光碧",
                                "gender", "FEMALE",
                                "birthDate", "1939-04-01",
                                "idNumber", idNumber))
                .andExpect(status().isCreated());
    }

    @Test
    void aConsentGivenWithTheWriteIsRecordedWithIt() throws Exception {
        Setting s = setting();
        for (Write write : writes(s)) {
            long before = rows(write.table());
            long consents = consentsOf(s.resident());
            postJson(s.manager(), write.uri(), write.with(CareFixtures.consentJson(write.scope())))
                    .andExpect(status().isCreated());
            assertThat(rows(write.table())).as(write.name()).isEqualTo(before + 1);
            assertThat(consentsOf(s.resident())).as(write.name()).isEqualTo(consents + 1);
        }
        // a registration with its consent stores both
        JsonNode registered = json(postJson(
                        s.manager(),
                        "/api/facilities/" + s.facility().id() + "/residents",
                        Map.of(
                                "name", "钱素华",
                                "gender", "FEMALE",
                                "birthDate", "1941-07-02",
                                "idNumber", CareFixtures.idNumber(LocalDate.of(1941, 7, 2)),
                                "healthNotes", "轻度认知障碍",
                                "consents", CareFixtures.consentJson(ConsentScope.HEALTH_RECORD)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.health.notes").value("轻度认知障碍")));
        assertThat(consentsOf(registered.get("id").asLong())).isEqualTo(1);
        // a consent that is not complete is a problem, and neither it nor the data is stored
        long consents = consentsOf(s.resident());
        long diagnoses = rows("diagnosis");
        Write diagnosis = writes(s).get(0);
        postJson(
                        s.manager(),
                        diagnosis.uri(),
                        diagnosis.with(List.of(Map.of(
                                "scope",
                                "HEALTH_RECORD",
                                "givenBy",
                                " ",
                                "relation",
                                "SELF",
                                "documentVersion",
                                "v1"))))
                .andExpect(status().isBadRequest());
        assertThat(consentsOf(s.resident())).isEqualTo(consents);
        assertThat(rows("diagnosis")).isEqualTo(diagnoses);
    }

    @Test
    void aConsentOnRecordLetsEveryWriteThroughAndAWithdrawalStopsThem() throws Exception {
        Setting s = setting();
        long health = giveConsent(s.manager(), s.resident(), "HEALTH_RECORD", "本人", "SELF");
        long home = giveConsent(s.manager(), s.resident(), "HOME_VISIT", "本人", "SELF");
        for (Write write : writes(s)) {
            long before = rows(write.table());
            postJson(s.manager(), write.uri(), write.body()).andExpect(status().isCreated());
            assertThat(rows(write.table())).as(write.name()).isEqualTo(before + 1);
        }

        postJson(
                        s.manager(),
                        "/api/residents/" + s.resident() + "/consents/" + health + "/withdrawal",
                        Map.of("reason", "家属要求停止记录"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.inForce").value(false))
                .andExpect(jsonPath("$.withdrawnBy").value(s.manager().actor().username()))
                .andExpect(jsonPath("$.withdrawalReason").value("家属要求停止记录"));
        postJson(s.manager(), "/api/residents/" + s.resident() + "/consents/" + health + "/withdrawal", Map.of())
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("CONSENT_ALREADY_WITHDRAWN"));

        for (Write write : writes(s)) {
            long before = rows(write.table());
            if (write.scope() == ConsentScope.HEALTH_RECORD) {
                postJson(s.manager(), write.uri(), write.body())
                        .andExpect(status().isUnprocessableEntity())
                        .andExpect(jsonPath("$.code").value("CONSENT_WITHDRAWN"))
                        .andExpect(jsonPath("$.withdrawn[0]").value("HEALTH_RECORD"));
                assertThat(rows(write.table())).as(write.name()).isEqualTo(before);
            } else {
                // a separate consent: home visits go on
                postJson(s.manager(), write.uri(), write.body()).andExpect(status().isCreated());
            }
        }
        // the records on file are kept, and the care manager still sees them
        mvc.perform(get("/api/residents/{id}/diagnoses", s.resident())
                        .with(s.manager().basic()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1));
        mvc.perform(get("/api/residents/{id}/assessments", s.resident())
                        .with(s.manager().basic()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2));
        // the row is kept with its withdrawal; a fresh consent lets writes through again
        mvc.perform(get("/api/residents/{id}/consents", s.resident())
                        .with(s.manager().basic()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2));
        giveConsent(s.manager(), s.resident(), "HEALTH_RECORD", "本人", "SELF");
        postJson(s.manager(), writes(s).get(0).uri(), writes(s).get(0).body()).andExpect(status().isCreated());
        assertThat(home).isPositive();

        // both acts audited, without the consenter's name
        List<Map<String, Object>> audit = jdbc.queryForList(
                "SELECT action, new_value, old_value FROM audit_event WHERE kind = 'CONSENT' AND subject_id = ?"
                        + " ORDER BY occurred_at, id",
                String.valueOf(s.resident()));
        assertThat(audit).extracting(row -> row.get("action")).containsExactly("CREATE", "CREATE", "REVOKE", "CREATE");
        assertThat(audit.get(0).get("new_value")).isEqualTo("HEALTH_RECORD vTEST-2026-01 by SELF");
        assertThat(audit.get(2).get("old_value")).isEqualTo("HEALTH_RECORD vTEST-2026-01");
    }

    @Test
    void aGuardianConsentsForAResidentWithDementia() throws Exception {
        Setting s = setting();
        mvc.perform(post("/api/residents/{id}/consents", s.resident())
                        .with(s.manager().basic())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(Json.write(Map.of(
                                "scope", "HEALTH_RECORD",
                                "givenBy", "李建华（女儿）",
                                "relation", "GUARDIAN",
                                "documentVersion", "JJ-2026-02"))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.relation").value("GUARDIAN"))
                .andExpect(jsonPath("$.givenBy").value("李建华（女儿）"))
                .andExpect(jsonPath("$.recordedBy").value(s.manager().actor().username()))
                .andExpect(jsonPath("$.inForce").value(true));
        postJson(s.manager(), "/api/residents/" + s.resident() + "/cognitive-screenings", screening())
                .andExpect(status().isCreated());
        assertThat(jdbc.queryForObject(
                        "SELECT relation FROM resident_consent WHERE resident_id = ?", String.class, s.resident()))
                .isEqualTo("GUARDIAN");
        // bad input is a problem, not a stored consent
        postJson(
                        s.manager(),
                        "/api/residents/" + s.resident() + "/consents",
                        Map.of("scope", "HEALTH_RECORD", "givenBy", " ", "relation", "NEIGHBOUR"))
                .andExpect(status().isBadRequest());
        assertThat(consentsOf(s.resident())).isEqualTo(1);
    }

    @Test
    void onlyManagersOfTheFacilityAndDistrictAdminsSeeOrChangeConsents() throws Exception {
        Setting s = setting();
        var stranger = accounts.manager(fixtures.facility().id());
        long consent = giveConsent(s.manager(), s.resident(), "HEALTH_RECORD", "本人", "SELF");
        mvc.perform(get("/api/residents/{id}/consents", s.resident()).with(stranger.basic()))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("FACILITY_OUT_OF_SCOPE"));
        postJson(
                        stranger,
                        "/api/residents/" + s.resident() + "/consents",
                        CareFixtures.consentJson(ConsentScope.HOME_VISIT).get(0))
                .andExpect(status().isForbidden());
        postJson(stranger, "/api/residents/" + s.resident() + "/consents/" + consent + "/withdrawal", Map.of())
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/residents/awaiting-consent")
                        .param("facilityId", String.valueOf(s.facility().id()))
                        .with(stranger.basic()))
                .andExpect(status().isForbidden());
        assertThat(consentsOf(s.resident())).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM resident_consent WHERE resident_id = ? AND withdrawn_at IS NULL",
                        Long.class,
                        s.resident()))
                .isEqualTo(1);
        // the district administrator acts for every facility
        mvc.perform(get("/api/residents/{id}/consents", s.resident())
                        .with(accounts.admin().basic()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1));
        postJson(
                        accounts.admin(),
                        "/api/residents/" + s.resident() + "/consents",
                        CareFixtures.consentJson(ConsentScope.HOME_VISIT).get(0))
                .andExpect(status().isCreated());
    }

    @Test
    void theWorkListShowsResidentsWithHealthDataButNoConsentEverGiven() throws Exception {
        Setting s = setting();
        // health data on file from before consents were asked for (as a migration would carry it over)
        long unasked = fixtures.residentWithoutConsent(s.facility().id()).id();
        jdbc.update(
                "INSERT INTO care_event (id, resident_id, facility_id, event_type, occurred_on, note, recorded_by,"
                        + " created_at) VALUES (?, ?, ?, 'FALL', ?, NULL, 'import', CURRENT_TIMESTAMP(6))",
                cn.xingfu.kernel.Ids.next(),
                unasked,
                s.facility().id(),
                TODAY.minusMonths(3));
        long withdrawnResident =
                fixtures.residentWithoutConsent(s.facility().id()).id();
        long consent = giveConsent(s.manager(), withdrawnResident, "HEALTH_RECORD", "本人", "SELF");
        postJson(
                        s.manager(),
                        "/api/residents/" + withdrawnResident + "/care-events",
                        Map.of("type", "FALL", "occurredOn", TODAY.toString()))
                .andExpect(status().isCreated());
        postJson(s.manager(), "/api/residents/" + withdrawnResident + "/consents/" + consent + "/withdrawal", Map.of())
                .andExpect(status().isOk());
        long consented = fixtures.resident(s.facility().id()).id();

        JsonNode list = json(mvc.perform(get("/api/residents/awaiting-consent")
                        .param("facilityId", String.valueOf(s.facility().id()))
                        .with(s.manager().basic()))
                .andExpect(status().isOk()));
        List<Long> ids = new ArrayList<>();
        list.forEach(row -> ids.add(row.get("residentId").asLong()));
        assertThat(ids)
                .as("the one never asked; not the one who withdrew, the one who consented, nor s.resident (no data)")
                .containsExactly(unasked)
                .doesNotContain(withdrawnResident, consented, s.resident());
        assertThat(list.get(0).get("scopes").get(0).asString()).isEqualTo("HEALTH_RECORD");
        assertThat(list.get(0).get("idNumberMasked").asString()).contains("*");
        assertThat(list.get(0).has("health")).isFalse();
        // a manager of one facility need not name it
        mvc.perform(get("/api/residents/awaiting-consent").with(s.manager().basic()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1));
        // asking clears the entry
        giveConsent(s.manager(), unasked, "HEALTH_RECORD", "本人", "SELF");
        mvc.perform(get("/api/residents/awaiting-consent").with(s.manager().basic()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(0));
    }

    // --- helpers

    Setting setting() throws Exception {
        FacilityView facility = fixtures.facility();
        var manager = accounts.manager(facility.id());
        long resident = fixtures.residentWithoutConsent(facility.id()).id();
        long bed = json(postJson(
                        manager,
                        "/api/facilities/" + facility.id() + "/home-care-beds",
                        Map.of(
                                "label",
                                "家床-" + UUID.randomUUID().toString().substring(0, 8),
                                "homeAddress",
                                "江津区双福街道某小区3栋2单元")))
                .get("id")
                .asLong();
        postJson(
                        manager,
                        "/api/home-care-beds/" + bed + "/agreements",
                        Map.of(
                                "residentId", resident,
                                "number", "JJ-" + UUID.randomUUID(),
                                "signedOn", TODAY.minusDays(20).toString(),
                                "validFrom", TODAY.minusDays(20).toString(),
                                "validTo", TODAY.plusYears(1).toString()))
                .andExpect(status().isCreated());
        return new Setting(facility, manager, resident, bed);
    }

    List<Write> writes(Setting s) {
        String resident = "/api/residents/" + s.resident();
        Map<String, Object> legacy = new HashMap<>();
        legacy.put("assessedOn", TODAY.minusYears(2).toString());
        legacy.put("reason", "FIRST");
        legacy.put("firstAssessor", "评估员甲");
        legacy.put("secondAssessor", "评估员乙");
        legacy.put("grade", 2);
        return List.of(
                new Write(
                        "diagnosis",
                        resident + "/diagnoses",
                        Map.of(
                                "icd10Code", "I10",
                                "name", "原发性高血压",
                                "diagnosedOn", TODAY.minusYears(1).toString(),
                                "diagnosedBy", "江津区中心医院"),
                        "diagnosis",
                        ConsentScope.HEALTH_RECORD),
                new Write(
                        "assessment",
                        resident + "/assessments",
                        Scores.form(TODAY.toString(), 60),
                        "ability_assessment",
                        ConsentScope.HEALTH_RECORD),
                new Write(
                        "legacy assessment",
                        resident + "/assessments/legacy",
                        legacy,
                        "ability_assessment",
                        ConsentScope.HEALTH_RECORD),
                new Write(
                        "care event",
                        resident + "/care-events",
                        Map.of("type", "CONDITION_CHANGE", "occurredOn", TODAY.toString(), "note", "夜间咳嗽加重"),
                        "care_event",
                        ConsentScope.HEALTH_RECORD),
                new Write(
                        "cognitive screening",
                        resident + "/cognitive-screenings",
                        screening(),
                        "cognitive_screening",
                        ConsentScope.HEALTH_RECORD),
                new Write(
                        "home visit",
                        "/api/home-care-beds/" + s.bed() + "/visits",
                        Map.of(
                                "date", TODAY.toString(),
                                "visitor", "护理员甲",
                                "services", "助浴、测血压",
                                "minutes", 60,
                                "note", "血压偏高，已提醒服药"),
                        "home_visit",
                        ConsentScope.HOME_VISIT));
    }

    static Map<String, Object> screening() {
        return Map.of(
                "tool", "MMSE",
                "score", 16,
                "education", "PRIMARY",
                "screenedOn", TODAY.minusDays(1).toString(),
                "screenedBy", "江津区中心医院 神经内科");
    }

    long giveConsent(TestAccounts.Login login, long resident, String scope, String givenBy, String relation)
            throws Exception {
        return json(postJson(
                                login,
                                "/api/residents/" + resident + "/consents",
                                Map.of(
                                        "scope", scope,
                                        "givenBy", givenBy,
                                        "relation", relation,
                                        "documentVersion", "TEST-2026-01"))
                        .andExpect(status().isCreated()))
                .get("id")
                .asLong();
    }

    long rows(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }

    long consentsOf(long resident) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM resident_consent WHERE resident_id = ?", Long.class, resident);
    }

    ResultActions postJson(TestAccounts.Login login, String uri, Object body) throws Exception {
        return mvc.perform(post(uri)
                .with(login.basic())
                .contentType(MediaType.APPLICATION_JSON)
                .content(Json.write(body)));
    }

    JsonNode json(ResultActions result) throws Exception {
        return Json.read(result.andReturn().getResponse().getContentAsString());
    }
}
