package cn.xingfu.care.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xingfu.care.facility.FacilityDirectory;
import cn.xingfu.care.support.CareIntegrationTest;
import cn.xingfu.care.support.Json;
import cn.xingfu.care.support.TestAccounts;
import cn.xingfu.care.support.TestClock;
import cn.xingfu.care.support.TestFacilities;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;

/**
 * New versions of settings and threshold tables start today or later, and a stored self-assessment keeps the
 * result and table it was evaluated with. The clock is pinned to 2031, a year no other test rates in.
 */
@CareIntegrationTest
class RatingVersionsIT {

    static final LocalDate TODAY = LocalDate.of(2031, 2, 3);

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    FacilityDirectory directory;

    @Autowired
    TestClock clock;

    TestAccounts.Login admin;
    TestAccounts.Login manager;
    long facility;

    @BeforeEach
    void setUp() {
        clock.pin(TODAY, LocalTime.of(10, 0));
        admin = accounts.admin();
        facility = TestFacilities.register(directory, admin.actor(), "版本测试院", LocalDate.of(2015, 3, 1));
        manager = accounts.manager(facility);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    ResultActions postJson(TestAccounts.Login login, String path, Object body) throws Exception {
        return mvc.perform(post(path)
                .with(login.basic())
                .contentType(MediaType.APPLICATION_JSON)
                .content(Json.write(body)));
    }

    static Map<String, Object> table(LocalDate from, LocalDate to, int minTotalForOne) {
        Map<String, Object> min = Map.of("environment", 0, "facilities", 0, "operations", 0, "service", 0);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("scheme", "STAR");
        body.put("label", "一日测试表");
        body.put("demo", true);
        body.put("effectiveFrom", from.toString());
        body.put("effectiveTo", to.toString());
        body.put("maxima", Map.of("environment", 120, "facilities", 130, "operations", 150, "service", 600));
        body.put("levels", List.of(Map.of("level", 1, "minTotal", minTotalForOne, "minimum", min)));
        return body;
    }

    static Map<String, Object> selfAssessment(LocalDate on) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("scheme", "STAR");
        body.put("assessedOn", on.toString());
        body.put("scores", Map.of("environment", 60, "facilities", 60, "operations", 60, "service", 300));
        body.put("gb38600Compliant", true);
        return body;
    }

    @Test
    void settingsAndThresholdTablesRefuseBackDatedVersions() throws Exception {
        postJson(
                        admin,
                        "/api/settings",
                        Map.of(
                                "key", "homecare.min-visits-per-month",
                                "district", "版本测试区",
                                "value", "5",
                                "effectiveFrom", TODAY.minusDays(1).toString()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("SETTING_BACKDATED"))
                .andExpect(jsonPath("$.today").value(TODAY.toString()));
        postJson(
                        admin,
                        "/api/settings",
                        Map.of(
                                "key", "homecare.min-visits-per-month",
                                "district", "版本测试区",
                                "value", "5",
                                "effectiveFrom", TODAY.toString()))
                .andExpect(status().isCreated());
        postJson(admin, "/api/rating-thresholds", table(TODAY.minusDays(1), TODAY, 1))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("THRESHOLD_TABLE_BACKDATED"));
    }

    @Test
    void aStoredSelfAssessmentKeepsItsResultAndTableWhenANewTableStartsTheSameDay() throws Exception {
        // 480 points reach level 1 of the demo table (400)
        JsonNode before =
                Json.read(postJson(manager, "/api/facilities/" + facility + "/self-assessments", selfAssessment(TODAY))
                        .andExpect(status().isCreated())
                        .andExpect(jsonPath("$.evaluation.levelByScore").value(1))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        long demoTable = before.get("evaluation").get("tableId").asLong();

        // a stricter table for this one day only, so no other test's dates are touched
        long strict = Json.read(postJson(admin, "/api/rating-thresholds", table(TODAY, TODAY, 900))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .get("id")
                .asLong();

        postJson(manager, "/api/facilities/" + facility + "/self-assessments", selfAssessment(TODAY))
                .andExpect(jsonPath("$.evaluation.levelByScore").value(0))
                .andExpect(jsonPath("$.evaluation.tableId").value(strict));
        JsonNode stored = Json.read(mvc.perform(
                        get("/api/facilities/" + facility + "/self-assessments").with(manager.basic()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(stored).hasSize(2);
        JsonNode first = null;
        for (JsonNode s : stored) {
            if (s.get("id").asLong() == before.get("id").asLong()) {
                first = s;
            }
        }
        assertThat(first).isNotNull();
        assertThat(first.get("evaluation").get("levelByScore").asInt()).isEqualTo(1);
        assertThat(first.get("evaluation").get("tableId").asLong()).isEqualTo(demoTable);
        assertThat(first.get("evaluation")).isEqualTo(before.get("evaluation"));
    }

    @Test
    void aRatingCountsOnItsValidUntilDayAndIsExpiredTheDayAfter() throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("scheme", "STAR");
        body.put("level", 4);
        body.put("issuer", "重庆市养老机构评定委员会");
        body.put("decisionDate", "2028-02-03");
        body.put("validUntil", "2031-02-02");
        body.put("basisStandard", "GB/T 37276-2018");
        postJson(admin, "/api/facilities/" + facility + "/ratings", body).andExpect(status().isCreated());
        mvc.perform(get("/api/facilities/" + facility + "/ratings/current?date=2031-02-02")
                        .with(manager.basic()))
                .andExpect(jsonPath("$[0].level").value(4))
                .andExpect(jsonPath("$[0].daysToExpiry").value(0));
        mvc.perform(get("/api/facilities/" + facility + "/ratings/current?date=2031-02-03")
                        .with(manager.basic()))
                .andExpect(jsonPath("$[0].level").doesNotExist())
                .andExpect(jsonPath("$[0].expired").value(true));
    }
}
