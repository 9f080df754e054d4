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
import cn.xingfu.care.support.TestFacilities;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;

@CareIntegrationTest
class RatingApiIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    FacilityDirectory directory;

    TestAccounts.Login admin;
    TestAccounts.Login manager;
    long facility;

    @BeforeEach
    void setUp() {
        admin = accounts.admin();
        facility = TestFacilities.register(directory, admin.actor(), "评级测试院", LocalDate.of(2015, 3, 1));
        manager = accounts.manager(facility);
    }

    ResultActions postJson(TestAccounts.Login login, String path, Object body) throws Exception {
        return mvc.perform(post(path)
                .with(login.basic())
                .contentType(MediaType.APPLICATION_JSON)
                .content(Json.write(body)));
    }

    ResultActions rate(TestAccounts.Login login, String scheme, int level, String decided, String validUntil)
            throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("scheme", scheme);
        body.put("level", level);
        body.put("issuer", "重庆市养老机构评定委员会");
        body.put("decisionDate", decided);
        body.put("validUntil", validUntil);
        body.put("basisStandard", "GB/T 37276-2018");
        return postJson(login, "/api/facilities/" + facility + "/ratings", body);
    }

    JsonNode current(String date) throws Exception {
        return Json.read(mvc.perform(get("/api/facilities/" + facility + "/ratings/current?date=" + date)
                        .with(manager.basic()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    @Test
    void ratingsAreHistoryAndTheLatestDecisionCountsUntilItExpires() throws Exception {
        rate(admin, "STAR", 3, "2020-01-10", "2023-01-09").andExpect(status().isCreated());
        rate(admin, "STAR", 4, "2023-02-01", "2026-01-31").andExpect(status().isCreated());
        rate(admin, "LEAF", 5, "2024-05-01", "2027-04-30")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.label").value("五叶"));

        JsonNode in2022 = current("2022-06-01");
        assertThat(in2022.get(0).get("level").asInt()).isEqualTo(3);
        assertThat(in2022.get(1).get("labelEn").asString()).isEqualTo("unrated");
        JsonNode in2025 = current("2025-06-01");
        assertThat(in2025.get(0).get("level").asInt()).isEqualTo(4);
        assertThat(in2025.get(0).get("labelZh").asString()).isEqualTo("四星");
        assertThat(in2025.get(1).get("level").asInt()).isEqualTo(5);
        JsonNode in2026 = current("2026-06-01");
        assertThat(in2026.get(0).has("level")).isFalse();
        assertThat(in2026.get(0).get("expired").asBoolean()).isTrue();
        assertThat(in2026.get(0).get("labelEn").asString()).isEqualTo("unrated (expired)");

        JsonNode history = Json.read(
                mvc.perform(get("/api/facilities/" + facility + "/ratings").with(manager.basic()))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(history).hasSize(3);
        assertThat(history.findValuesAsString("label")).containsExactly("五叶", "四星", "三星");
    }

    @Test
    void onlyTheDistrictRecordsRatingsAndOnlyLevelsOneToFive() throws Exception {
        rate(manager, "STAR", 5, "2025-01-01", "2028-01-01")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("DISTRICT_ADMIN_ONLY"));
        for (int bad : new int[] {0, 6, -1}) {
            rate(admin, "STAR", bad, "2025-01-01", "2028-01-01")
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value("RATING_LEVEL_INVALID"));
        }
        rate(admin, "STAR", 2, "2025-01-01", "2024-01-01")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("RATING_DATES_INVALID"));
        assertThat(current("2025-06-01").get(0).get("labelEn").asString()).isEqualTo("unrated");
    }

    Map<String, Object> selfAssessment(String assessedOn, int env, int fac, int ops, int service) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("scheme", "STAR");
        body.put("assessedOn", assessedOn);
        body.put("scores", Map.of("environment", env, "facilities", fac, "operations", ops, "service", service));
        body.put("gb38600Compliant", true);
        return body;
    }

    @Test
    void aSelfAssessmentIsScoredWithTheDemoTableCappedAtFirstAndShowsTheGap() throws Exception {
        // demo table: level 5 needs 900 total and 100/110/130/540
        postJson(
                        manager,
                        "/api/facilities/" + facility + "/self-assessments",
                        selfAssessment("2026-03-01", 110, 120, 140, 560))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.evaluation.total").value(930))
                .andExpect(jsonPath("$.evaluation.levelByScore").value(5))
                .andExpect(jsonPath("$.evaluation.levelAwarded").value(3))
                .andExpect(jsonPath("$.evaluation.capped").value(true))
                .andExpect(jsonPath("$.evaluation.demoTable").value(true));
        rate(admin, "STAR", 3, "2026-04-01", "2029-03-31");
        // service 530 misses the level-5 part minimum (540) although the total (920) passes
        postJson(
                        manager,
                        "/api/facilities/" + facility + "/self-assessments",
                        selfAssessment("2026-05-01", 120, 130, 140, 530))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.evaluation.levelByScore").value(4))
                .andExpect(jsonPath("$.evaluation.levelAwarded").value(4))
                .andExpect(jsonPath("$.evaluation.gapToNext.level").value(5))
                .andExpect(jsonPath("$.evaluation.gapToNext.totalShort").value(0))
                .andExpect(jsonPath("$.evaluation.gapToNext.partShort.SERVICE").value(10));
        Map<String, Object> vetoed = selfAssessment("2026-05-02", 120, 130, 150, 600);
        vetoed.put("lastAccidentOrPenalty", "2025-01-01");
        postJson(manager, "/api/facilities/" + facility + "/self-assessments", vetoed)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.evaluation.levelAwarded").value(0))
                .andExpect(jsonPath("$.evaluation.vetoes[0].code").value("ACCIDENT_OR_PENALTY_IN_LOOKBACK"));
        postJson(
                        manager,
                        "/api/facilities/" + facility + "/self-assessments",
                        selfAssessment("2026-05-03", 121, 0, 0, 0))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("PART_SCORE_OUT_OF_RANGE"));
        JsonNode stored = Json.read(mvc.perform(
                        get("/api/facilities/" + facility + "/self-assessments").with(manager.basic()))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(stored).hasSize(3);
    }

    @Test
    void aNewDatedThresholdTableAppliesFromItsDate() throws Exception {
        Map<String, Object> min = Map.of("environment", 0, "facilities", 0, "operations", 0, "service", 0);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("scheme", "LOCAL");
        body.put("label", "测试表");
        body.put("demo", true);
        body.put("effectiveFrom", "2030-01-01");
        body.put("maxima", Map.of("environment", 120, "facilities", 130, "operations", 150, "service", 600));
        body.put(
                "levels",
                java.util.List.of(
                        Map.of("level", 1, "minTotal", 100, "minimum", min),
                        Map.of("level", 2, "minTotal", 50, "minimum", min)));
        postJson(manager, "/api/rating-thresholds", body).andExpect(status().isForbidden());
        postJson(admin, "/api/rating-thresholds", body)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("THRESHOLD_TABLE_INVALID"));
        Map<String, Object> local = selfAssessment("2026-05-03", 1, 1, 1, 1);
        local.put("scheme", "LOCAL");
        postJson(manager, "/api/facilities/" + facility + "/self-assessments", local)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("NO_THRESHOLD_TABLE"));
    }

    @Test
    void aCareManagerCannotReadAnotherFacilitysRatings() throws Exception {
        var stranger =
                accounts.manager(TestFacilities.register(directory, admin.actor(), "别院", LocalDate.of(2018, 1, 1)));
        mvc.perform(get("/api/facilities/" + facility + "/ratings").with(stranger.basic()))
                .andExpect(status().isForbidden());
        JsonNode standings = Json.read(mvc.perform(get("/api/ratings/standings").with(stranger.basic()))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(standings.findValues("facilityId").stream().map(JsonNode::asLong))
                .doesNotContain(facility);
    }
}
