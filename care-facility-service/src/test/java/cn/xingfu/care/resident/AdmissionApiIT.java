package cn.xingfu.care.resident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xingfu.care.bed.BedRegistry;
import cn.xingfu.care.bed.BedStatus;
import cn.xingfu.care.bed.BedType;
import cn.xingfu.care.bed.BedView;
import cn.xingfu.care.facility.FacilityView;
import cn.xingfu.care.support.CareFixtures;
import cn.xingfu.care.support.CareIntegrationTest;
import cn.xingfu.care.support.Json;
import cn.xingfu.care.support.TestAccounts;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;

@CareIntegrationTest
class AdmissionApiIT {

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

    JsonNode body(ResultActions result) throws Exception {
        return Json.read(result.andReturn().getResponse().getContentAsString());
    }

    @Test
    void aStayGoesFromRequestToDischargeWithHistoryAndOccupancy() throws Exception {
        FacilityView facility = fixtures.facility();
        var manager = accounts.manager(facility.id());
        BedView first = fixtures.bed(facility.id(), BedType.STANDARD);
        BedView second = fixtures.bed(facility.id(), BedType.STANDARD);

        long resident = body(postJson(
                                manager,
                                "/api/facilities/{id}/residents",
                                Map.of(
                                        "name", "王秀英",
                                        "gender", "FEMALE",
                                        "birthDate", "1941-03-02",
                                        "idNumber", CareFixtures.idNumber(LocalDate.of(1941, 3, 2)),
                                        "healthNotes", "糖尿病，需低糖饮食",
                                        "consents", CareFixtures.consentJson(ConsentScope.HEALTH_RECORD)),
                                facility.id())
                        .andExpect(status().isCreated())
                        .andExpect(jsonPath("$.idNumberMasked").value(org.hamcrest.Matchers.containsString("********")))
                        .andExpect(jsonPath("$.health.notes").value("糖尿病，需低糖饮食")))
                .get("id")
                .asLong();

        long admission = body(postJson(
                                manager, "/api/residents/{id}/admissions", Map.of("date", "2026-01-01"), resident)
                        .andExpect(status().isCreated())
                        .andExpect(jsonPath("$.status").value("REQUESTED")))
                .get("id")
                .asLong();
        // admitting before approval is refused and changes nothing
        postJson(manager, "/api/admissions/{id}/admit", Map.of("bedId", first.id(), "date", "2026-01-01"), admission)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("ADMISSION_STATE_INVALID"));
        assertThat(beds.get(first.id()).status()).isEqualTo(BedStatus.VACANT);

        postJson(manager, "/api/admissions/{id}/approve", Map.of(), admission)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"));
        postJson(manager, "/api/admissions/{id}/admit", Map.of("bedId", first.id(), "date", "2026-01-01"), admission)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ADMITTED"))
                .andExpect(jsonPath("$.bedId").value(first.id()));
        assertThat(beds.get(first.id()).status()).isEqualTo(BedStatus.OCCUPIED);

        // a second resident cannot take the occupied bed
        var other = fixtures.approvedAdmission(fixtures.resident(facility.id()).id(), LocalDate.of(2026, 1, 5));
        postJson(manager, "/api/admissions/{id}/admit", Map.of("bedId", first.id(), "date", "2026-01-05"), other.id())
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("BED_NOT_VACANT"))
                .andExpect(jsonPath("$.messageZh").exists());

        postJson(
                        manager,
                        "/api/admissions/{id}/transfer",
                        Map.of("bedId", second.id(), "date", "2026-01-11"),
                        admission)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.bedId").value(second.id()));
        assertThat(beds.get(first.id()).status()).isEqualTo(BedStatus.VACANT);
        assertThat(beds.get(second.id()).status()).isEqualTo(BedStatus.OCCUPIED);

        postJson(manager, "/api/admissions/{id}/leave", Map.of("from", "2026-01-15", "reason", "回家过节"), admission)
                .andExpect(jsonPath("$.status").value("ON_LEAVE"));
        postJson(manager, "/api/admissions/{id}/return", Map.of("date", "2026-01-18"), admission)
                .andExpect(jsonPath("$.status").value("ADMITTED"));
        postJson(
                        manager,
                        "/api/admissions/{id}/discharge",
                        Map.of("date", "2026-01-21", "reason", "RETURNED_HOME"),
                        admission)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DISCHARGED"));
        assertThat(beds.get(second.id()).status()).isEqualTo(BedStatus.VACANT);

        JsonNode history =
                body(mvc.perform(get("/api/admissions/{id}/history", admission).with(manager.basic())));
        assertThat(history.findValuesAsString("type"))
                .containsExactly(
                        "REQUESTED",
                        "APPROVED",
                        "ADMITTED",
                        "TRANSFERRED",
                        "LEAVE_STARTED",
                        "LEAVE_ENDED",
                        "DISCHARGED");

        // 10 days in the first bed + 10 in the second, out of 2 beds × 31 days of January
        JsonNode rates = body(mvc.perform(get("/api/facilities/{id}/occupancy", facility.id())
                        .param("from", "2026-01-01")
                        .param("to", "2026-01-31")
                        .with(manager.basic()))
                .andExpect(status().isOk()));
        JsonNode total = rates.get(2);
        assertThat(total.get("occupiedBedDays").asLong()).isEqualTo(20);
        assertThat(total.get("availableBedDays").asLong()).isEqualTo(62);
        assertThat(total.get("rate").decimalValue()).isEqualByComparingTo("0.3226");
    }

    @Test
    void outOfServiceBedsAndWrongBedsAreRefused() throws Exception {
        FacilityView facility = fixtures.facility();
        FacilityView elsewhere = fixtures.facility();
        var manager = accounts.manager(facility.id());
        BedView bed = fixtures.bed(facility.id(), BedType.STANDARD);
        BedView foreign = fixtures.bed(elsewhere.id(), BedType.STANDARD);
        long admission = fixtures.approvedAdmission(
                        fixtures.resident(facility.id()).id(), LocalDate.of(2026, 2, 1))
                .id();

        postJson(manager, "/api/beds/{id}/out-of-service", Map.of("reason", "维修"), bed.id())
                .andExpect(jsonPath("$.status").value("OUT_OF_SERVICE"));
        postJson(manager, "/api/admissions/{id}/admit", Map.of("bedId", bed.id(), "date", "2026-02-02"), admission)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("BED_OUT_OF_SERVICE"));
        postJson(manager, "/api/admissions/{id}/admit", Map.of("bedId", foreign.id(), "date", "2026-02-02"), admission)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("BED_OF_OTHER_FACILITY"));
        postJson(manager, "/api/admissions/{id}/admit", Map.of("bedId", 123456789L, "date", "2026-02-02"), admission)
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("BED_NOT_FOUND"));
        postJson(manager, "/api/admissions/{id}/admit", Map.of("bedId", bed.id()), 987654321L)
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("ADMISSION_NOT_FOUND"));
        postJson(manager, "/api/beds/{id}/back-in-service", Map.of(), bed.id())
                .andExpect(jsonPath("$.status").value("VACANT"));
        postJson(manager, "/api/admissions/{id}/admit", Map.of("bedId", bed.id(), "date", "2026-02-02"), admission)
                .andExpect(status().isOk());
        postJson(manager, "/api/beds/{id}/out-of-service", Map.of("reason", "维修"), bed.id())
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("BED_NOT_VACANT"));
    }

    @Test
    void healthDataOnlyForCareManagersOfTheFacility() throws Exception {
        FacilityView facility = fixtures.facility();
        FacilityView elsewhere = fixtures.facility();
        var manager = accounts.manager(facility.id());
        var otherManager = accounts.manager(elsewhere.id());
        var admin = accounts.admin();
        long resident = fixtures.resident(facility.id()).id();
        postJson(
                        manager,
                        "/api/residents/{id}/diagnoses",
                        Map.of(
                                "icd10Code",
                                "F01.1",
                                "name",
                                "血管性痴呆",
                                "diagnosedOn",
                                "2025-06-01",
                                "diagnosedBy",
                                "江津区中心医院"),
                        resident)
                .andExpect(status().isCreated());
        postJson(
                        manager,
                        "/api/residents/{id}/diagnoses",
                        Map.of("icd10Code", "痴呆", "name", "x", "diagnosedOn", "2025-06-01", "diagnosedBy", "x"),
                        resident)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("ICD10_CODE_INVALID"));

        mvc.perform(get("/api/residents/{id}", resident).with(manager.basic()))
                .andExpect(jsonPath("$.health.diagnoses[0].icd10Code").value("F01.1"));
        mvc.perform(get("/api/residents/{id}", resident).with(admin.basic()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").exists())
                .andExpect(jsonPath("$.health").doesNotExist());
        mvc.perform(get("/api/residents/{id}/diagnoses", resident).with(admin.basic()))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("HEALTH_DATA_RESTRICTED"));
        mvc.perform(get("/api/residents/{id}", resident).with(otherManager.basic()))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("FACILITY_OUT_OF_SCOPE"));
        postJson(otherManager, "/api/residents/{id}/admissions", Map.of(), resident)
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/facilities/{id}/residents", facility.id()).with(otherManager.basic()))
                .andExpect(status().isForbidden());
    }
}
