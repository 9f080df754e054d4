package cn.xingfu.care.homecare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xingfu.care.bed.BedType;
import cn.xingfu.care.bed.BedView;
import cn.xingfu.care.facility.FacilityView;
import cn.xingfu.care.support.CareFixtures;
import cn.xingfu.care.support.CareIntegrationTest;
import cn.xingfu.care.support.Json;
import cn.xingfu.care.support.Scores;
import cn.xingfu.care.support.TestAccounts;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;

@CareIntegrationTest
class HomeCareBedIT {

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

    JsonNode json(ResultActions result) throws Exception {
        return Json.read(result.andReturn().getResponse().getContentAsString());
    }

    long homeCareBed(TestAccounts.Login manager, long facilityId) throws Exception {
        return json(postJson(
                                manager,
                                "/api/facilities/{id}/home-care-beds",
                                Map.of(
                                        "label",
                                        "家床-" + UUID.randomUUID().toString().substring(0, 8),
                                        "homeAddress",
                                        "江津区双福街道某小区3栋2单元"),
                                facilityId)
                        .andExpect(status().isCreated())
                        .andExpect(jsonPath("$.type").value("HOME_CARE")))
                .get("id")
                .asLong();
    }

    boolean condition(JsonNode activity, String rule) {
        for (JsonNode c : activity.get("conditions")) {
            if (c.get("rule").asString().equals(rule)) {
                return c.get("met").asBoolean();
            }
        }
        throw new AssertionError(rule);
    }

    @Test
    void aHomeCareBedIsActiveOnlyWhenEveryConditionHolds() throws Exception {
        FacilityView facility = fixtures.facility();
        var manager = accounts.manager(facility.id());
        long bed = homeCareBed(manager, facility.id());
        long resident = fixtures.resident(facility.id()).id();

        JsonNode before =
                json(mvc.perform(get("/api/home-care-beds/{id}/activity", bed).with(manager.basic())));
        assertThat(before.get("active").asBoolean()).isFalse();
        assertThat(condition(before, "AGREEMENT")).isFalse();

        postJson(
                        manager,
                        "/api/home-care-beds/{id}/agreements",
                        Map.of(
                                "residentId",
                                resident,
                                "number",
                                "JJ-" + UUID.randomUUID(),
                                "signedOn",
                                TODAY.minusDays(5).toString(),
                                "validFrom",
                                TODAY.minusDays(5).toString(),
                                "validTo",
                                TODAY.plusYears(1).toString()),
                        bed)
                .andExpect(status().isCreated());
        postJson(
                        manager,
                        "/api/home-care-beds/{id}/agreements",
                        Map.of(
                                "residentId",
                                fixtures.resident(facility.id()).id(),
                                "number",
                                "JJ-" + UUID.randomUUID(),
                                "signedOn",
                                TODAY.toString(),
                                "validFrom",
                                TODAY.toString(),
                                "validTo",
                                TODAY.plusYears(1).toString()),
                        bed)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("BED_NOT_VACANT"));

        // mild loss is below the default minimum (moderate)
        postJson(
                        manager,
                        "/api/residents/{id}/assessments",
                        Scores.form(TODAY.minusDays(4).toString(), 70),
                        resident)
                .andExpect(status().isCreated());
        long device = json(postJson(
                                manager,
                                "/api/home-care-beds/{id}/devices",
                                Map.of("type", "MATTRESS_MONITOR", "serialNumber", "SN-" + UUID.randomUUID()),
                                bed)
                        .andExpect(jsonPath("$.online").value(false)))
                .get("id")
                .asLong();
        JsonNode partial =
                json(mvc.perform(get("/api/home-care-beds/{id}/activity", bed).with(manager.basic())));
        assertThat(condition(partial, "AGREEMENT")).isTrue();
        assertThat(condition(partial, "ASSESSMENT")).isFalse();
        assertThat(condition(partial, "DEVICES_ONLINE")).isFalse();
        assertThat(partial.get("active").asBoolean()).isFalse();

        postJson(
                        manager,
                        "/api/residents/{id}/assessments",
                        Scores.form(TODAY.minusDays(1).toString(), 50),
                        resident)
                .andExpect(jsonPath("$.finalGrade").value("MODERATE"));
        postJson(manager, "/api/home-care-devices/{id}/heartbeat", Map.of(), device)
                .andExpect(jsonPath("$.online").value(true));
        JsonNode active =
                json(mvc.perform(get("/api/home-care-beds/{id}/activity", bed).with(manager.basic())));
        assertThat(active.get("active").asBoolean()).as(active.toString()).isTrue();

        // moving into an institution ends the home-care bed's activity
        BedView institutional = fixtures.bed(facility.id(), BedType.STANDARD);
        fixtures.admitted(resident, institutional.id(), TODAY);
        JsonNode admitted =
                json(mvc.perform(get("/api/home-care-beds/{id}/activity", bed).with(manager.basic())));
        assertThat(condition(admitted, "NOT_IN_INSTITUTION")).isFalse();
        assertThat(admitted.get("active").asBoolean()).isFalse();

        mvc.perform(get("/api/home-care-beds/{id}/activity", bed)
                        .with(accounts.manager(fixtures.facility().id()).basic()))
                .andExpect(status().isForbidden());
        postJson(
                        manager,
                        "/api/home-care-beds/{id}/agreements",
                        Map.of(
                                "residentId",
                                resident,
                                "number",
                                "X",
                                "signedOn",
                                TODAY.toString(),
                                "validFrom",
                                TODAY.toString(),
                                "validTo",
                                TODAY.toString()),
                        institutional.id())
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("NOT_A_HOME_CARE_BED"));
    }

    @Test
    void homeCareBedsCannotBeAdmittedToAndSparseMonthsAreFlagged() throws Exception {
        FacilityView facility = fixtures.facility();
        var manager = accounts.manager(facility.id());
        long sparse = homeCareBed(manager, facility.id());
        long regular = homeCareBed(manager, facility.id());

        long admission = fixtures.approvedAdmission(
                        fixtures.resident(facility.id()).id(), TODAY)
                .id();
        postJson(manager, "/api/admissions/{id}/admit", Map.of("bedId", sparse, "date", TODAY.toString()), admission)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("HOME_CARE_BED_NOT_ADMISSIBLE"));

        YearMonth month = YearMonth.from(TODAY).minusMonths(1);
        for (int day = 1; day <= 4; day++) {
            postJson(manager, "/api/home-care-beds/{id}/visits", visit(month.atDay(day * 5)), regular)
                    .andExpect(status().isCreated());
        }
        postJson(manager, "/api/home-care-beds/{id}/visits", visit(month.atDay(3)), sparse)
                .andExpect(status().isCreated());
        postJson(manager, "/api/home-care-beds/{id}/visits", visit(TODAY.plusDays(2)), sparse)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VISIT_DATE_IN_FUTURE"));

        JsonNode report = json(mvc.perform(get("/api/facilities/{id}/home-care-visits", facility.id())
                        .param("month", month.toString())
                        .with(manager.basic()))
                .andExpect(status().isOk()));
        assertThat(report).hasSize(2);
        for (JsonNode row : report) {
            long bed = row.get("bedId").asLong();
            assertThat(row.get("required").asInt()).isEqualTo(4);
            if (bed == sparse) {
                assertThat(row.get("visits").asInt()).isEqualTo(1);
                assertThat(row.get("flagged").asBoolean()).isTrue();
            } else {
                assertThat(row.get("visits").asInt()).isEqualTo(4);
                assertThat(row.get("flagged").asBoolean()).isFalse();
            }
        }
        mvc.perform(get("/api/facilities/{id}/home-care-visits", facility.id())
                        .param("month", "2026-13")
                        .with(manager.basic()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("BAD_PARAMETER"));
    }

    static Map<String, Object> visit(LocalDate date) {
        return Map.of("date", date.toString(), "visitor", "刘护理员", "services", "助浴、测血压", "minutes", 60);
    }
}
