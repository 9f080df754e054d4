package cn.xingfu.care.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xingfu.care.bed.BedType;
import cn.xingfu.care.facility.FacilityView;
import cn.xingfu.care.support.CareFixtures;
import cn.xingfu.care.support.CareIntegrationTest;
import cn.xingfu.care.support.Json;
import cn.xingfu.care.support.TestAccounts;
import cn.xingfu.care.support.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;

/** The nine GB 38600 risks, exit/door events and incidents, through the API on the real database. */
@CareIntegrationTest
class ResidentSafetyIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    CareFixtures fixtures;

    @Autowired
    TestClock clock;

    TestAccounts.Login manager;

    ResultActions postJson(String uri, Object body, Object... vars) throws Exception {
        return mvc.perform(post(uri, vars)
                .with(manager.basic())
                .contentType(MediaType.APPLICATION_JSON)
                .content(Json.write(body)));
    }

    JsonNode getJson(String uri, Object... vars) throws Exception {
        return Json.read(mvc.perform(get(uri, vars).with(manager.basic()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    long admittedResident(FacilityView facility) {
        long resident = fixtures.resident(facility.id()).id();
        fixtures.admitted(
                resident, fixtures.bed(facility.id(), BedType.STANDARD).id(), clock.today());
        return resident;
    }

    @Test
    void everyResidentHasNineRisksAndEachUnassessedOneIsAnOpenTask() throws Exception {
        FacilityView facility = fixtures.facility();
        manager = accounts.manager(facility.id());
        long resident = admittedResident(facility);
        long other = admittedResident(facility);

        JsonNode risks = getJson("/api/residents/{id}/risks", resident);
        assertThat(risks).hasSize(9);
        assertThat(risks.findValuesAsString("level")).containsOnly("UNASSESSED");
        assertThat(getJson("/api/facilities/{id}/risk-tasks", facility.id())).hasSize(18);

        postJson("/api/residents/{id}/risks", Map.of("risk", "FALL", "level", "HIGH", "assessedBy", "王护士长"), resident)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("RISK_MEASURES_REQUIRED"));
        postJson(
                        "/api/residents/{id}/risks",
                        Map.of("risk", "FALL", "level", "NEEDS_PROTECTION", "measures", " ", "assessedBy", "王护士长"),
                        resident)
                .andExpect(jsonPath("$.code").value("RISK_MEASURES_REQUIRED"));
        postJson(
                        "/api/residents/{id}/risks",
                        Map.of("risk", "FALL", "level", "HIGH", "measures", "床栏、防滑鞋、夜间每2小时巡视", "assessedBy", "王护士长"),
                        resident)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.nameZh").value("跌倒"));
        postJson("/api/residents/{id}/risks", Map.of("risk", "CHOKING", "level", "LOW", "assessedBy", "王护士长"), resident)
                .andExpect(status().isCreated());
        postJson(
                        "/api/residents/{id}/risks",
                        Map.of(
                                "risk", "CHOKING",
                                "level", "LOW",
                                "assessedBy", "王护士长",
                                "assessedOn", clock.today().plusDays(1).toString()),
                        resident)
                .andExpect(jsonPath("$.code").value("ASSESSMENT_DATE_IN_FUTURE"));

        JsonNode after = getJson("/api/residents/{id}/risks", resident);
        assertThat(after.get(0).get("risk").asString()).isEqualTo("CHOKING");
        assertThat(after.get(0).get("level").asString()).isEqualTo("LOW");
        assertThat(after.get(5).get("risk").asString()).isEqualTo("FALL");
        assertThat(after.get(5).get("measures").asString()).contains("床栏");
        JsonNode tasks = getJson("/api/facilities/{id}/risk-tasks", facility.id());
        assertThat(tasks).hasSize(16);
        int ofOther = 0;
        for (JsonNode task : tasks) {
            if (task.get("residentId").asLong() == other) {
                ofOther++;
            }
        }
        assertThat(ofOther).isEqualTo(9);

        mvc.perform(get("/api/residents/{id}/risks", resident)
                        .with(accounts.manager(fixtures.facility().id()).basic()))
                .andExpect(status().isForbidden());
    }

    @Test
    void anExitByAResidentAtRiskOfWanderingAlertsTheCareManager() throws Exception {
        FacilityView facility = fixtures.facility();
        manager = accounts.manager(facility.id());
        long wanderer = admittedResident(facility);
        long calm = admittedResident(facility);
        postJson(
                        "/api/residents/{id}/risks",
                        Map.of(
                                "risk",
                                "WANDERING",
                                "level",
                                "NEEDS_PROTECTION",
                                "measures",
                                "定位手环、门禁",
                                "assessedBy",
                                "王护士长"),
                        wanderer)
                .andExpect(status().isCreated());
        postJson("/api/residents/{id}/risks", Map.of("risk", "WANDERING", "level", "LOW", "assessedBy", "王护士长"), calm)
                .andExpect(status().isCreated());

        long alert = Json.read(postJson("/api/residents/{id}/exit-events", Map.of("door", "一楼东门"), wanderer)
                        .andExpect(status().isCreated())
                        .andExpect(jsonPath("$.atRiskOfWandering").value(true))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .get("alertId")
                .asLong();
        postJson("/api/residents/{id}/exit-events", Map.of("door", "一楼东门"), calm)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.atRiskOfWandering").value(false))
                .andExpect(jsonPath("$.alertId").doesNotExist());

        JsonNode open = getJson("/api/alerts");
        int wandering = 0;
        for (JsonNode a : open) {
            if (a.get("kind").asString().equals("WANDERING_EXIT")
                    && a.get("facilityId").asLong() == facility.id()) {
                wandering++;
                assertThat(a.get("id").asLong()).isEqualTo(alert);
                assertThat(a.get("messageZh").asString()).contains("一楼东门").contains("走失风险");
            }
        }
        assertThat(wandering).as("only the resident at risk raises an alert").isEqualTo(1);
        assertThat(getJson("/api/residents/{id}/exit-events", calm)).hasSize(1);
    }

    @Test
    void anIncidentClosesOnlyWithTheFamilyNotificationAndAReviewNote() throws Exception {
        FacilityView facility = fixtures.facility();
        manager = accounts.manager(facility.id());
        long resident = admittedResident(facility);
        Instant fell = clock.instant().minus(Duration.ofHours(3));
        long incident = Json.read(postJson(
                                "/api/residents/{id}/incidents",
                                Map.of(
                                        "risk",
                                        "FALL",
                                        "occurredAt",
                                        fell.toString(),
                                        "description",
                                        "夜间如厕时在卫生间跌倒，右膝擦伤"),
                                resident)
                        .andExpect(status().isCreated())
                        .andExpect(jsonPath("$.open").value(true))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .get("id")
                .asLong();

        postJson("/api/incidents/{id}/close", Map.of(), incident)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("INCIDENT_NOT_CLOSABLE"))
                .andExpect(jsonPath("$.missing[0]").value("FAMILY_NOTIFICATION"))
                .andExpect(jsonPath("$.missing[1]").value("REVIEW_NOTE"));
        postJson(
                        "/api/incidents/{id}/family-notification",
                        Map.of(
                                "notifiedAt",
                                fell.minusSeconds(60).toString(),
                                "method",
                                "PHONE",
                                "notifiedBy",
                                "值班护士李梅"),
                        incident)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("NOTIFICATION_BEFORE_INCIDENT"));
        postJson(
                        "/api/incidents/{id}/family-notification",
                        Map.of(
                                "notifiedAt",
                                fell.plusSeconds(1200).toString(),
                                "method",
                                "PHONE",
                                "notifiedBy",
                                "值班护士李梅"),
                        incident)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.familyNotificationMethod").value("PHONE"));
        postJson("/api/incidents/{id}/close", Map.of(), incident)
                .andExpect(jsonPath("$.missing.length()").value(1))
                .andExpect(jsonPath("$.missing[0]").value("REVIEW_NOTE"));
        assertThat(getJson("/api/facilities/{id}/incidents?open=true", facility.id()))
                .hasSize(1);

        postJson("/api/incidents/{id}/review", Map.of("note", "卫生间加装扶手，夜间如厕陪护"), incident)
                .andExpect(status().isOk());
        postJson("/api/incidents/{id}/close", Map.of(), incident)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.open").value(false))
                .andExpect(jsonPath("$.closedBy").value(manager.actor().username()));
        postJson("/api/incidents/{id}/review", Map.of("note", "改写"), incident)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("INCIDENT_CLOSED"));
        assertThat(getJson("/api/facilities/{id}/incidents?open=true", facility.id()))
                .isEmpty();
        assertThat(getJson("/api/facilities/{id}/incidents", facility.id())).hasSize(1);
    }
}
