package cn.xingfu.care.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xingfu.care.facility.FacilityView;
import cn.xingfu.care.support.CareFixtures;
import cn.xingfu.care.support.CareIntegrationTest;
import cn.xingfu.care.support.Json;
import cn.xingfu.care.support.Scores;
import cn.xingfu.care.support.TestAccounts;
import cn.xingfu.care.support.TestClock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/** The default reassessment interval is 180 days: due on day 180, not on day 179, overdue from day 181. */
@CareIntegrationTest
class ReassessmentEdgeIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    CareFixtures fixtures;

    @Autowired
    TestClock clock;

    JsonNode due(TestAccounts.Login manager, long facility, LocalDate on) throws Exception {
        return Json.read(mvc.perform(get("/api/facilities/{id}/reassessments-due", facility)
                        .param("on", on.toString())
                        .with(manager.basic()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    @Test
    void anAssessmentIsDueOnDay180() throws Exception {
        FacilityView facility = fixtures.facility();
        var manager = accounts.manager(facility.id());
        long resident = fixtures.resident(facility.id()).id();
        LocalDate assessed = clock.today().minusDays(200);
        mvc.perform(post("/api/residents/{id}/assessments", resident)
                        .with(manager.basic())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(Json.write(Scores.form(assessed.toString(), 70))))
                .andExpect(status().isCreated());

        assertThat(due(manager, facility.id(), assessed.plusDays(179))).isEmpty();
        JsonNode onDay180 = due(manager, facility.id(), assessed.plusDays(180));
        assertThat(onDay180).hasSize(1);
        assertThat(onDay180.get(0).get("dueOn").asString())
                .isEqualTo(assessed.plusDays(180).toString());
        assertThat(onDay180.get(0).get("cause").asString()).isEqualTo("INTERVAL");
        assertThat(onDay180.get(0).get("overdue").asBoolean()).isFalse();
        assertThat(due(manager, facility.id(), assessed.plusDays(181))
                        .get(0)
                        .get("overdue")
                        .asBoolean())
                .isTrue();
    }
}
