package cn.xingfu.care.dementia;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xingfu.care.bed.BedType;
import cn.xingfu.care.bed.RoomType;
import cn.xingfu.care.bed.RoomView;
import cn.xingfu.care.facility.FacilityView;
import cn.xingfu.care.resident.AdmissionDesk;
import cn.xingfu.care.resident.DischargeReason;
import cn.xingfu.care.resident.ResidentRegistry;
import cn.xingfu.care.support.CareFixtures;
import cn.xingfu.care.support.CareIntegrationTest;
import cn.xingfu.care.support.Json;
import cn.xingfu.care.support.TestAccounts;
import cn.xingfu.care.support.TestClock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;

/** Dementia staffing is read from the caregiver roster and every breaking shift alerts the care manager. */
@CareIntegrationTest
class DementiaStaffingIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    CareFixtures fixtures;

    @Autowired
    TestClock clock;

    @Autowired
    AdmissionDesk desk;

    @Autowired
    ResidentRegistry registry;

    ResultActions postJson(TestAccounts.Login login, String uri, Object body, Object... vars) throws Exception {
        return mvc.perform(post(uri, vars)
                .with(login.basic())
                .contentType(MediaType.APPLICATION_JSON)
                .content(Json.write(body)));
    }

    JsonNode json(ResultActions result) throws Exception {
        return Json.read(result.andReturn().getResponse().getContentAsString());
    }

    List<String> openStaffingAlerts(TestAccounts.Login manager, long unit) throws Exception {
        List<String> subjects = new ArrayList<>();
        for (JsonNode alert :
                json(mvc.perform(get("/api/alerts").with(manager.basic())).andExpect(status().isOk()))) {
            String subject = alert.get("subject").asString();
            if (subject.startsWith("staffing:unit:" + unit + ":")) {
                assertThat(alert.get("kind").asString()).isEqualTo("STAFFING");
                assertThat(alert.get("open").asBoolean()).isTrue();
                subjects.add(subject.substring(subject.indexOf(':', ("staffing:unit:" + unit + ":").length()) + 1));
            }
        }
        return subjects;
    }

    long unitOf(TestAccounts.Login manager, FacilityView facility, RoomView room) throws Exception {
        return json(postJson(
                                manager,
                                "/api/facilities/{id}/dementia-units",
                                Map.of(
                                        "name",
                                        "忆家专区",
                                        "carePlanners",
                                        1,
                                        "antiWanderingMeasures",
                                        List.of("ACCESS_CONTROLLED_DOORS"),
                                        "roomIds",
                                        List.of(room.id())),
                                facility.id())
                        .andExpect(status().isCreated()))
                .get("id")
                .asLong();
    }

    long alertId(TestAccounts.Login manager, String subjectEnd) throws Exception {
        for (JsonNode alert : json(mvc.perform(get("/api/alerts").with(manager.basic())))) {
            if (alert.get("subject").asString().endsWith(subjectEnd)) {
                return alert.get("id").asLong();
            }
        }
        throw new AssertionError(subjectEnd);
    }

    @Test
    void everyShiftBreakingARuleRaisesOneAlertThatClosesWhenTheRosterIsFixed() throws Exception {
        LocalDate today = clock.today();
        FacilityView facility = fixtures.facility();
        var manager = accounts.manager(facility.id());
        RoomView room = fixtures.room(fixtures.floor(facility.id()), RoomType.BEDROOM, "30");
        fixtures.bed(room.id(), BedType.COGNITIVE_CARE, today.minusYears(1));
        long unit = unitOf(manager, facility, room);
        fixtures.rostered(facility.id(), unit, today, cn.xingfu.care.caregiver.Shift.DAY, 1);
        fixtures.rostered(facility.id(), unit, today, cn.xingfu.care.caregiver.Shift.NIGHT, 1);
        // six residents counted by day: one caregiver is one too few; nobody is rostered in the evening
        postJson(
                        manager,
                        "/api/dementia-units/{id}/shifts",
                        Map.of("date", today.toString(), "shift", "DAY", "residentsPresent", 6),
                        unit)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.residentsPresent").value(6));

        assertThat(openStaffingAlerts(manager, unit))
                .containsExactlyInAnyOrder("DAY:CAREGIVER_RATIO", "EVENING:CAREGIVER_RATIO");
        JsonNode evening = json(mvc.perform(get("/api/alerts").with(manager.basic())));
        boolean chinese = false;
        for (JsonNode alert : evening) {
            if (alert.get("subject").asString().endsWith("EVENING:CAREGIVER_RATIO")) {
                chinese = alert.get("messageZh").asString().contains("中班");
            }
        }
        assertThat(chinese).isTrue();

        // checking again raises nothing twice
        mvc.perform(post("/api/dementia-units/{id}/staffing-check", unit)
                        .param("on", today.toString())
                        .with(manager.basic()))
                .andExpect(status().isOk());
        assertThat(openStaffingAlerts(manager, unit)).hasSize(2);

        fixtures.rostered(facility.id(), unit, today, cn.xingfu.care.caregiver.Shift.DAY, 1);
        JsonNode checks = json(mvc.perform(post("/api/dementia-units/{id}/staffing-check", unit)
                        .param("on", today.toString())
                        .with(manager.basic()))
                .andExpect(status().isOk()));
        assertThat(checks.findValuesAsString("rule")).doesNotContain("HEADCOUNT");
        assertThat(openStaffingAlerts(manager, unit)).containsExactly("EVENING:CAREGIVER_RATIO");

        long alert = alertId(manager, unit + ":" + today + ":EVENING:CAREGIVER_RATIO");
        postJson(accounts.manager(fixtures.facility().id()), "/api/alerts/{id}/acknowledge", Map.of(), alert)
                .andExpect(status().isForbidden());
        postJson(manager, "/api/alerts/{id}/acknowledge", Map.of(), alert)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.open").value(false))
                .andExpect(jsonPath("$.acknowledgedBy").value(manager.actor().username()));
        postJson(manager, "/api/alerts/{id}/acknowledge", Map.of(), alert)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("ALERT_CLOSED"));
        assertThat(openStaffingAlerts(manager, unit)).isEmpty();

        postJson(
                        manager,
                        "/api/dementia-units/{id}/shifts",
                        Map.of("date", today.plusDays(1).toString(), "shift", "DAY", "residentsPresent", 6),
                        unit)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("HEADCOUNT_DATE_IN_FUTURE"));
    }

    @Test
    void withoutAHeadcountAPastShiftCountsTheResidentsInTheUnitsBedsOnThatDateNotToday() throws Exception {
        LocalDate today = clock.today();
        FacilityView facility = fixtures.facility();
        var manager = accounts.manager(facility.id());
        RoomView room = fixtures.room(fixtures.floor(facility.id()), RoomType.BEDROOM, "30");
        long bed = fixtures.bed(room.id(), BedType.COGNITIVE_CARE, today.minusYears(1))
                .id();
        long unit = unitOf(manager, facility, room);
        long resident = fixtures.resident(facility.id()).id();
        registry.addDiagnosis(manager.actor(), resident, "F00.1", "阿尔茨海默病性痴呆", today.minusYears(1), "江津区中心医院", false);
        long admission = fixtures.admitted(resident, bed, today.minusDays(30)).id();
        desk.discharge(CareFixtures.SYSTEM, admission, today.minusDays(5), DischargeReason.RETURNED_HOME, null);

        assertThat(eveningRatio(manager, unit, today.minusDays(10))).isEqualTo("no caregiver rostered (0:1)");
        assertThat(eveningRatio(manager, unit, today.minusDays(5))).isEqualTo("no caregiver rostered (0:0)");
        assertThat(eveningRatio(manager, unit, today.minusDays(31))).isEqualTo("no caregiver rostered (0:0)");
    }

    private String eveningRatio(TestAccounts.Login manager, long unit, LocalDate on) throws Exception {
        JsonNode checks = json(mvc.perform(post("/api/dementia-units/{id}/staffing-check", unit)
                        .param("on", on.toString())
                        .with(manager.basic()))
                .andExpect(status().isOk()));
        for (JsonNode check : checks) {
            if (check.get("rule").asString().equals("CAREGIVER_RATIO")
                    && check.get("subject").asString().equals("EVENING")) {
                return check.get("actual").asString();
            }
        }
        throw new AssertionError("no evening ratio check in " + checks);
    }
}
