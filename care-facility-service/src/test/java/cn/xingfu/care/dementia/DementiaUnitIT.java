package cn.xingfu.care.dementia;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xingfu.care.bed.BedRegistry;
import cn.xingfu.care.bed.BedStatus;
import cn.xingfu.care.bed.BedType;
import cn.xingfu.care.bed.BedView;
import cn.xingfu.care.bed.RoomType;
import cn.xingfu.care.bed.RoomView;
import cn.xingfu.care.facility.FacilityView;
import cn.xingfu.care.support.CareFixtures;
import cn.xingfu.care.support.CareIntegrationTest;
import cn.xingfu.care.support.Json;
import cn.xingfu.care.support.TestAccounts;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;

@CareIntegrationTest
class DementiaUnitIT {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    CareFixtures fixtures;

    @Autowired
    BedRegistry beds;

    ResultActions postJson(TestAccounts.Login login, String uri, Object body, Object... vars) throws Exception {
        return mvc.perform(post(uri, vars)
                .with(login.basic())
                .contentType(MediaType.APPLICATION_JSON)
                .content(Json.write(body)));
    }

    @Test
    void aCognitiveCareBedNeedsADiagnosisOrAPositiveScreen() throws Exception {
        FacilityView facility = fixtures.facility();
        var manager = accounts.manager(facility.id());
        BedView bed = fixtures.bed(facility.id(), BedType.COGNITIVE_CARE);
        long resident = fixtures.resident(facility.id()).id();
        long admission = fixtures.approvedAdmission(resident, TODAY).id();
        Map<String, Object> admit = Map.of("bedId", bed.id(), "date", TODAY.toString());

        postJson(manager, "/api/admissions/{id}/admit", admit, admission)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("DEMENTIA_EVIDENCE_REQUIRED"));
        assertThat(beds.get(bed.id()).status()).isEqualTo(BedStatus.VACANT);

        // MMSE 22 is normal for primary schooling (cut-off ≤20) ...
        postJson(
                        manager,
                        "/api/residents/{id}/cognitive-screenings",
                        Map.of(
                                "tool",
                                "MMSE",
                                "score",
                                22,
                                "education",
                                "PRIMARY",
                                "screenedOn",
                                TODAY.minusDays(3).toString(),
                                "screenedBy",
                                "王医生"),
                        resident)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.positive").value(false));
        postJson(manager, "/api/admissions/{id}/admit", admit, admission)
                .andExpect(jsonPath("$.code").value("DEMENTIA_EVIDENCE_REQUIRED"));
        // ... but positive with secondary schooling (cut-off ≤24)
        postJson(
                        manager,
                        "/api/residents/{id}/cognitive-screenings",
                        Map.of(
                                "tool",
                                "MMSE",
                                "score",
                                22,
                                "education",
                                "SECONDARY_OR_ABOVE",
                                "screenedOn",
                                TODAY.minusDays(2).toString(),
                                "screenedBy",
                                "王医生"),
                        resident)
                .andExpect(jsonPath("$.positive").value(true));
        postJson(manager, "/api/admissions/{id}/admit", admit, admission)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ADMITTED"));

        postJson(
                        manager,
                        "/api/residents/{id}/cognitive-screenings",
                        Map.of(
                                "tool",
                                "MOCA",
                                "score",
                                31,
                                "education",
                                "PRIMARY",
                                "screenedOn",
                                TODAY.toString(),
                                "screenedBy",
                                "王医生"),
                        resident)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"));

        long diagnosed = fixtures.resident(facility.id()).id();
        postJson(
                        manager,
                        "/api/residents/{id}/diagnoses",
                        Map.of(
                                "icd10Code",
                                "F03",
                                "name",
                                "未特指的痴呆",
                                "diagnosedOn",
                                TODAY.minusMonths(2).toString(),
                                "diagnosedBy",
                                "江津区中心医院"),
                        diagnosed)
                .andExpect(status().isCreated());
        BedView second = fixtures.bed(facility.id(), BedType.COGNITIVE_CARE);
        postJson(
                        manager,
                        "/api/admissions/{id}/admit",
                        Map.of("bedId", second.id(), "date", TODAY.toString()),
                        fixtures.approvedAdmission(diagnosed, TODAY).id())
                .andExpect(status().isOk());
    }

    @Test
    void theComplianceSheetShowsEveryRuleWithRequiredAndActual() throws Exception {
        FacilityView facility = fixtures.facility();
        var manager = accounts.manager(facility.id());
        long floor = fixtures.floor(facility.id());
        RoomView small = fixtures.room(floor, RoomType.BEDROOM, "9");
        RoomView crowded = fixtures.room(floor, RoomType.BEDROOM, "40");
        RoomView dining = fixtures.room(floor, RoomType.DINING_ROOM, "30");
        fixtures.bed(small.id(), BedType.COGNITIVE_CARE, TODAY.minusYears(1));
        for (int i = 0; i < 5; i++) {
            fixtures.bed(crowded.id(), BedType.COGNITIVE_CARE, TODAY.minusYears(1));
        }
        List<Long> rooms = new ArrayList<>(List.of(small.id(), crowded.id(), dining.id()));
        long unit = Json.read(postJson(
                                manager,
                                "/api/facilities/{id}/dementia-units",
                                Map.of(
                                        "name",
                                        "忆家专区",
                                        "carePlanners",
                                        1,
                                        "antiWanderingMeasures",
                                        List.of("ACCESS_CONTROLLED_DOORS", "POSITIONING_WRISTBANDS"),
                                        "roomIds",
                                        rooms),
                                facility.id())
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .get("id")
                .asLong();
        // staffing comes from the roster: 2 caregivers for 12 residents by day, 1 for 5 at night, none in the evening
        fixtures.rostered(facility.id(), unit, TODAY, cn.xingfu.care.caregiver.Shift.DAY, 2);
        fixtures.rostered(facility.id(), unit, TODAY, cn.xingfu.care.caregiver.Shift.NIGHT, 1);
        postJson(
                        manager,
                        "/api/dementia-units/{id}/shifts",
                        Map.of("date", TODAY.toString(), "shift", "DAY", "residentsPresent", 12),
                        unit)
                .andExpect(status().isCreated());
        postJson(
                        manager,
                        "/api/dementia-units/{id}/shifts",
                        Map.of("date", TODAY.toString(), "shift", "NIGHT", "residentsPresent", 5),
                        unit)
                .andExpect(status().isCreated());

        JsonNode sheet = Json.read(mvc.perform(get("/api/dementia-units/{id}/compliance", unit)
                        .param("on", TODAY.toString())
                        .with(manager.basic()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(sheet.get("compliant").asBoolean()).isFalse();
        JsonNode unitBeds = check(sheet, "UNIT_BEDS", "忆家专区");
        assertThat(unitBeds.get("required").asString()).isEqualTo("12-20");
        assertThat(unitBeds.get("actual").asString()).isEqualTo("6");
        assertThat(unitBeds.get("passed").asBoolean()).isFalse();
        assertThat(check(sheet, "ROOM_AREA", small.number()).get("passed").asBoolean())
                .isFalse();
        assertThat(check(sheet, "ROOM_BEDS", crowded.number()).get("passed").asBoolean())
                .isFalse();
        assertThat(check(sheet, "ROOM_AREA", crowded.number()).get("passed").asBoolean())
                .isTrue();
        assertThat(check(sheet, "CAREGIVER_RATIO", "DAY").get("passed").asBoolean())
                .isFalse();
        assertThat(check(sheet, "CAREGIVER_RATIO", "NIGHT").get("passed").asBoolean())
                .isTrue();
        assertThat(check(sheet, "CAREGIVER_RATIO", "EVENING").get("passed").asBoolean())
                .as("a shift nobody is rostered on is a breach")
                .isFalse();
        assertThat(check(sheet, "HEADCOUNT", "EVENING").get("passed").asBoolean())
                .isFalse();
        assertThat(check(sheet, "HEADCOUNT", "DAY").get("actual").asString()).isEqualTo("12 present");
        assertThat(check(sheet, "NIGHT_CAREGIVERS", "NIGHT").get("passed").asBoolean())
                .isTrue();
        assertThat(check(sheet, "CARE_PLANNERS", "忆家专区").get("passed").asBoolean())
                .isTrue();
        assertThat(check(sheet, "FUNCTIONAL_ROOM", "DINING_ROOM").get("passed").asBoolean())
                .isTrue();
        assertThat(check(sheet, "FUNCTIONAL_ROOM", "REMINISCENCE_AREA")
                        .get("passed")
                        .asBoolean())
                .isFalse();
        assertThat(check(sheet, "ANTI_WANDERING", "ACCESS_CONTROLLED_DOORS")
                        .get("passed")
                        .asBoolean())
                .isTrue();
        assertThat(check(sheet, "ANTI_WANDERING", "SHIFT_HEADCOUNT")
                        .get("passed")
                        .asBoolean())
                .isFalse();

        mvc.perform(get("/api/dementia-units/{id}/compliance", unit)
                        .with(accounts.manager(fixtures.facility().id()).basic()))
                .andExpect(status().isForbidden());
        postJson(
                        manager,
                        "/api/facilities/{id}/dementia-units",
                        Map.of(
                                "name",
                                "别人的房间",
                                "carePlanners",
                                1,
                                "antiWanderingMeasures",
                                List.of(),
                                "roomIds",
                                List.of(123456L)),
                        facility.id())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("UNIT_ROOMS_INVALID"));
    }

    static JsonNode check(JsonNode sheet, String rule, String subject) {
        for (JsonNode check : sheet.get("checks")) {
            if (check.get("rule").asString().equals(rule)
                    && check.get("subject").asString().equals(subject)) {
                return check;
            }
        }
        throw new AssertionError("no check " + rule + " for " + subject + " in " + sheet);
    }
}
