package cn.xingfu.care.assessment;

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
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;

@CareIntegrationTest
class AssessmentApiIT {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    CareFixtures fixtures;

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
    void diagnosisAndRiskEventsRaiseTheGradeWithRecordedReasons() throws Exception {
        FacilityView facility = fixtures.facility();
        var manager = accounts.manager(facility.id());
        long resident = fixtures.resident(facility.id()).id();
        postJson(
                        manager,
                        "/api/residents/{id}/diagnoses",
                        Map.of(
                                "icd10Code",
                                "F00",
                                "name",
                                "阿尔茨海默病性痴呆",
                                "diagnosedOn",
                                TODAY.minusYears(1).toString(),
                                "diagnosedBy",
                                "江津区中心医院"),
                        resident)
                .andExpect(status().isCreated());
        for (int i = 1; i <= 2; i++) {
            postJson(
                            manager,
                            "/api/residents/{id}/care-events",
                            Map.of(
                                    "type",
                                    "FALL",
                                    "occurredOn",
                                    TODAY.minusDays(i * 3).toString()),
                            resident)
                    .andExpect(status().isCreated());
        }
        JsonNode assessment = body(postJson(
                        manager, "/api/residents/{id}/assessments", Scores.form(TODAY.toString(), 70), resident)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.standardVersion").value("GB_T_42195_2022"))
                .andExpect(jsonPath("$.total").value(70))
                .andExpect(jsonPath("$.dimensions.SELF_CARE").value(32))
                .andExpect(jsonPath("$.dimensions.BASIC_MOBILITY").value(15))
                .andExpect(jsonPath("$.dimensions.MENTAL_STATE").value(23))
                .andExpect(jsonPath("$.initialGrade").value("MILD"))
                .andExpect(jsonPath("$.finalGrade").value("SEVERE"))
                .andExpect(jsonPath("$.adjustments.length()").value(2))
                .andExpect(jsonPath("$.adjustments[0].rule").value("DIAGNOSIS"))
                .andExpect(jsonPath("$.adjustments[1].rule").value("RISK_EVENTS"))
                .andExpect(jsonPath("$.nextDueOn").value(TODAY.plusDays(180).toString())));
        assertThat(assessment.get("adjustments").get(0).get("reasonZh").asString())
                .contains("F00-F03");

        // a district admin sees the grade but not the item scores
        mvc.perform(get("/api/assessments/{id}", assessment.get("id").asLong())
                        .with(accounts.admin().basic()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.finalGrade").value("SEVERE"))
                .andExpect(jsonPath("$.scores").doesNotExist());
    }

    @Test
    void whetherRaisesStackIsADatedPerDistrictPolicy() throws Exception {
        String district = "测试区-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        FacilityView facility = fixtures.facility(district);
        var manager = accounts.manager(facility.id());
        var admin = accounts.admin();
        postJson(
                        admin,
                        "/api/settings",
                        Map.of(
                                "key",
                                "assessment.raises-stack",
                                "district",
                                district,
                                "value",
                                "false",
                                "effectiveFrom",
                                TODAY.toString()))
                .andExpect(status().isCreated());
        long resident = fixtures.resident(facility.id()).id();
        postJson(
                        manager,
                        "/api/residents/{id}/diagnoses",
                        Map.of(
                                "icd10Code",
                                "F20",
                                "name",
                                "精神分裂症",
                                "diagnosedOn",
                                TODAY.minusYears(2).toString(),
                                "diagnosedBy",
                                "精神科",
                                "psychiatrist",
                                true),
                        resident)
                .andExpect(status().isCreated());
        Map<String, Object> form = Scores.form(TODAY.toString(), 70);
        form.put("riskEventsLast30Days", 3);
        postJson(manager, "/api/residents/{id}/assessments", form, resident)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.initialGrade").value("MILD"))
                .andExpect(jsonPath("$.finalGrade").value("MODERATE"))
                .andExpect(jsonPath("$.adjustments[1].from").value("MODERATE"))
                .andExpect(jsonPath("$.adjustments[1].to").value("MODERATE"));
        // before the district rule took effect the raises stacked
        Map<String, Object> earlier = Scores.form(TODAY.minusDays(20).toString(), 70);
        earlier.put("riskEventsLast30Days", 3);
        postJson(manager, "/api/residents/{id}/assessments", earlier, resident)
                .andExpect(jsonPath("$.finalGrade").value("SEVERE"));
    }

    @Test
    void badAssessmentsAreRefusedAndNothingIsStored() throws Exception {
        FacilityView facility = fixtures.facility();
        var manager = accounts.manager(facility.id());
        long resident = fixtures.resident(facility.id()).id();

        Map<String, Object> missing = Scores.form(TODAY.toString(), 40);
        Map<String, Integer> scores = new HashMap<>(Scores.summing(40));
        scores.remove("HEARING");
        missing.put("scores", scores);
        postJson(manager, "/api/residents/{id}/assessments", missing, resident)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("ASSESSMENT_ITEM_COUNT"));

        Map<String, Object> outOfRange = Scores.form(TODAY.toString(), 40);
        Map<String, Integer> tooHigh = new HashMap<>(Scores.summing(40));
        tooHigh.put("STAIRS", 4);
        outOfRange.put("scores", tooHigh);
        postJson(manager, "/api/residents/{id}/assessments", outOfRange, resident)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("ASSESSMENT_SCORE_OUT_OF_RANGE"))
                .andExpect(jsonPath("$.item").value("STAIRS"))
                .andExpect(jsonPath("$.max").value(3));

        Map<String, Object> oneAssessor = Scores.form(TODAY.toString(), 40);
        oneAssessor.put("secondAssessor", "李医生");
        postJson(manager, "/api/residents/{id}/assessments", oneAssessor, resident)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("TWO_ASSESSORS_REQUIRED"));
        postJson(
                        manager,
                        "/api/residents/{id}/assessments",
                        Scores.form(TODAY.plusDays(1).toString(), 40),
                        resident)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("ASSESSMENT_DATE_IN_FUTURE"));
        postJson(manager, "/api/residents/{id}/assessments", Scores.form(TODAY.toString(), 40), 424242L)
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("RESIDENT_NOT_FOUND"));
        postJson(accounts.admin(), "/api/residents/{id}/assessments", Scores.form(TODAY.toString(), 40), resident)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("HEALTH_DATA_RESTRICTED"));
        postJson(
                        accounts.manager(fixtures.facility().id()),
                        "/api/residents/{id}/assessments",
                        Scores.form(TODAY.toString(), 40),
                        resident)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("FACILITY_OUT_OF_SCOPE"));

        mvc.perform(get("/api/residents/{id}/assessments", resident).with(manager.basic()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void theDueListFlagsNeverAssessedIntervalAndEventCases() throws Exception {
        FacilityView facility = fixtures.facility();
        var manager = accounts.manager(facility.id());
        long never = fixtures.resident(facility.id()).id();
        long legacyOnly = fixtures.resident(facility.id()).id();
        long interval = fixtures.resident(facility.id()).id();
        long afterEvent = fixtures.resident(facility.id()).id();
        long upToDate = fixtures.resident(facility.id()).id();

        postJson(
                        manager,
                        "/api/residents/{id}/assessments/legacy",
                        Map.of(
                                "assessedOn",
                                TODAY.minusDays(30).toString(),
                                "reason",
                                "ROUTINE",
                                "firstAssessor",
                                "甲",
                                "secondAssessor",
                                "乙",
                                "grade",
                                2,
                                "total",
                                55),
                        legacyOnly)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.standardVersion").value("MZ_T_039_2013"))
                .andExpect(jsonPath("$.legacyGrade").value(2))
                .andExpect(jsonPath("$.finalGrade").doesNotExist());
        postJson(
                        manager,
                        "/api/residents/{id}/assessments",
                        Scores.form(TODAY.minusDays(200).toString(), 50),
                        interval)
                .andExpect(status().isCreated());
        postJson(
                        manager,
                        "/api/residents/{id}/assessments",
                        Scores.form(TODAY.minusDays(10).toString(), 50),
                        afterEvent)
                .andExpect(status().isCreated());
        postJson(
                        manager,
                        "/api/residents/{id}/care-events",
                        Map.of(
                                "type",
                                "CONDITION_CHANGE",
                                "occurredOn",
                                TODAY.minusDays(4).toString()),
                        afterEvent)
                .andExpect(status().isCreated());
        postJson(
                        manager,
                        "/api/residents/{id}/assessments",
                        Scores.form(TODAY.minusDays(10).toString(), 50),
                        upToDate)
                .andExpect(status().isCreated());

        JsonNode due = body(mvc.perform(get("/api/facilities/{id}/reassessments-due", facility.id())
                        .with(manager.basic()))
                .andExpect(status().isOk()));
        Map<Long, JsonNode> byResident = new HashMap<>();
        due.forEach(entry -> byResident.put(entry.get("residentId").asLong(), entry));
        assertThat(byResident).containsOnlyKeys(never, legacyOnly, interval, afterEvent);
        assertThat(byResident.get(never).get("cause").asString()).isEqualTo("NEVER_ASSESSED");
        assertThat(byResident.get(legacyOnly).get("cause").asString()).isEqualTo("NEVER_ASSESSED");
        assertThat(byResident.get(interval).get("cause").asString()).isEqualTo("INTERVAL");
        assertThat(byResident.get(interval).get("dueOn").asString())
                .isEqualTo(TODAY.minusDays(20).toString());
        assertThat(byResident.get(interval).get("overdue").asBoolean()).isTrue();
        assertThat(byResident.get(afterEvent).get("cause").asString()).isEqualTo("EVENT");
        assertThat(byResident.get(afterEvent).get("dueOn").asString())
                .isEqualTo(TODAY.minusDays(4).toString());
    }
}
