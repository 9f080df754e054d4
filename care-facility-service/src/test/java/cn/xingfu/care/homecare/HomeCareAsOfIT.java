package cn.xingfu.care.homecare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xingfu.care.bed.BedType;
import cn.xingfu.care.facility.FacilityView;
import cn.xingfu.care.resident.AdmissionView;
import cn.xingfu.care.support.CareFixtures;
import cn.xingfu.care.support.CareIntegrationTest;
import cn.xingfu.care.support.Json;
import cn.xingfu.care.support.Scores;
import cn.xingfu.care.support.TestAccounts;
import cn.xingfu.care.support.TestClock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;

/** A home-care bed's activity on past dates is judged with that date's facts, on the real database. */
@CareIntegrationTest
class HomeCareAsOfIT {

    static final LocalDate MARCH = LocalDate.of(2026, 3, 1);

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    CareFixtures fixtures;

    @Autowired
    TestClock clock;

    TestAccounts.Login manager;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    static LocalDate march(int day) {
        return MARCH.withDayOfMonth(day);
    }

    ResultActions postJson(String uri, Object body, Object... vars) throws Exception {
        return mvc.perform(post(uri, vars)
                .with(manager.basic())
                .contentType(MediaType.APPLICATION_JSON)
                .content(Json.write(body)));
    }

    JsonNode json(ResultActions result) throws Exception {
        return Json.read(result.andReturn().getResponse().getContentAsString());
    }

    JsonNode activity(long bed, LocalDate on) throws Exception {
        return json(mvc.perform(get("/api/home-care-beds/{id}/activity", bed)
                        .param("on", on.toString())
                        .with(manager.basic()))
                .andExpect(status().isOk()));
    }

    static Map<String, Boolean> conditions(JsonNode activity) {
        Map<String, Boolean> met = new LinkedHashMap<>();
        for (JsonNode c : activity.get("conditions")) {
            met.put(c.get("rule").asString(), c.get("met").asBoolean());
        }
        return met;
    }

    void heartbeat(long device, LocalDate day, LocalTime time) throws Exception {
        clock.pin(day, time);
        postJson("/api/home-care-devices/{id}/heartbeat", Map.of(), device).andExpect(status().isOk());
    }

    @Test
    void everyConditionIsJudgedWithTheFactsOfTheDateAsked() throws Exception {
        clock.pin(march(1), LocalTime.of(9, 0));
        FacilityView facility = fixtures.facility();
        manager = accounts.manager(facility.id());
        long bed = json(postJson(
                                "/api/facilities/{id}/home-care-beds",
                                Map.of(
                                        "label",
                                        "家床-" + UUID.randomUUID().toString().substring(0, 8),
                                        "homeAddress",
                                        "江津区几江街道"),
                                facility.id())
                        .andExpect(status().isCreated()))
                .get("id")
                .asLong();
        long resident = fixtures.resident(facility.id()).id();
        long agreement = json(postJson(
                                "/api/home-care-beds/{id}/agreements",
                                Map.of(
                                        "residentId", resident,
                                        "number", "JJ-" + UUID.randomUUID(),
                                        "signedOn", march(1).toString(),
                                        "validFrom", march(2).toString(),
                                        "validTo", march(20).toString()),
                                bed)
                        .andExpect(status().isCreated()))
                .get("id")
                .asLong();
        postJson("/api/residents/{id}/assessments", Scores.form(march(1).toString(), 50), resident)
                .andExpect(jsonPath("$.finalGrade").value("MODERATE"));
        long device = json(postJson(
                                "/api/home-care-beds/{id}/devices",
                                Map.of("type", "MATTRESS_MONITOR", "serialNumber", "SN-" + UUID.randomUUID()),
                                bed)
                        .andExpect(status().isCreated()))
                .get("id")
                .asLong();
        heartbeat(device, march(3), LocalTime.of(8, 0));
        for (int day = 4; day <= 9; day++) {
            heartbeat(device, march(day), LocalTime.of(20, 0));
        }
        // a milder grade on the 5th, moderate again on the 6th
        clock.pin(march(5), LocalTime.of(21, 0));
        postJson("/api/residents/{id}/assessments", Scores.form(march(5).toString(), 70), resident)
                .andExpect(jsonPath("$.finalGrade").value("MILD"));
        clock.pin(march(6), LocalTime.of(21, 0));
        postJson("/api/residents/{id}/assessments", Scores.form(march(6).toString(), 50), resident)
                .andExpect(status().isCreated());
        // in an institution from the 6th; discharged home on the 8th
        AdmissionView stay = fixtures.admitted(
                resident, fixtures.bed(facility.id(), BedType.STANDARD).id(), march(6));
        clock.pin(march(8), LocalTime.of(10, 0));
        postJson(
                        "/api/admissions/{id}/discharge",
                        Map.of("date", march(8).toString(), "reason", "RETURNED_HOME"),
                        stay.id())
                .andExpect(status().isOk());

        clock.pin(march(10), LocalTime.of(12, 0));
        assertThat(conditions(activity(bed, march(1))).get("AGREEMENT")).isFalse();
        Map<String, Boolean> second = conditions(activity(bed, march(2)));
        assertThat(second.get("AGREEMENT")).isTrue();
        assertThat(second.get("ASSESSMENT")).isTrue();
        assertThat(second.get("DEVICES_ONLINE"))
                .as("no heartbeat yet on the 2nd")
                .isFalse();
        assertThat(activity(bed, march(3)).get("active").asBoolean()).isTrue();
        // the mild assessment of the 5th does not reach back to the 4th
        assertThat(activity(bed, march(4)).get("active").asBoolean()).isTrue();
        Map<String, Boolean> fifth = conditions(activity(bed, march(5)));
        assertThat(fifth.get("ASSESSMENT")).isFalse();
        assertThat(fifth.get("DEVICES_ONLINE")).isTrue();
        assertThat(conditions(activity(bed, march(6))).get("NOT_IN_INSTITUTION"))
                .isFalse();
        assertThat(conditions(activity(bed, march(7))).get("NOT_IN_INSTITUTION"))
                .isFalse();
        assertThat(activity(bed, march(8)).get("active").asBoolean())
                .as("the discharge day is spent at home")
                .isTrue();
        assertThat(activity(bed, march(9)).get("active").asBoolean()).isTrue();

        // today, devices are judged now: exactly 24 h after the last heartbeat is still online
        clock.pin(march(10), LocalTime.of(20, 0));
        assertThat(conditions(activity(bed, march(10))).get("DEVICES_ONLINE")).isTrue();
        clock.pin(march(10).atTime(20, 0).atZone(TestClock.CHINA).toInstant().plusNanos(1000));
        assertThat(conditions(activity(bed, march(10))).get("DEVICES_ONLINE")).isFalse();
        // judged at the end of the 10th, the heartbeat of the 9th at 20:00 is 28 h old
        clock.pin(march(11), LocalTime.of(9, 0));
        assertThat(conditions(activity(bed, march(10))).get("DEVICES_ONLINE")).isFalse();

        postJson("/api/residents/{id}/death", Map.of("date", march(11).toString()), resident)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.deceasedOn").value(march(11).toString()));
        assertThat(conditions(activity(bed, march(10))).get("ALIVE")).isTrue();
        assertThat(conditions(activity(bed, march(11))).get("ALIVE")).isFalse();

        clock.pin(march(12), LocalTime.of(9, 0));
        postJson("/api/home-care-agreements/{id}/terminate", Map.of(), agreement)
                .andExpect(status().isOk());
        assertThat(conditions(activity(bed, march(11))).get("AGREEMENT")).isTrue();
        assertThat(conditions(activity(bed, march(12))).get("AGREEMENT")).isFalse();

        mvc.perform(get("/api/home-care-beds/{id}/activity", bed)
                        .param("on", march(13).toString())
                        .with(manager.basic()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("ACTIVITY_DATE_IN_FUTURE"));
    }

    @Test
    void aResidentInAnInstitutionIsDischargedRatherThanDeclaredDead() throws Exception {
        FacilityView facility = fixtures.facility();
        manager = accounts.manager(facility.id());
        long resident = fixtures.resident(facility.id()).id();
        fixtures.admitted(
                resident, fixtures.bed(facility.id(), BedType.STANDARD).id(), clock.today());
        postJson("/api/residents/{id}/death", Map.of(), resident)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("RESIDENT_IN_INSTITUTION"));
    }
}
