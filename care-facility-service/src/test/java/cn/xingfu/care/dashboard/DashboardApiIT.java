package cn.xingfu.care.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xingfu.care.bed.BedType;
import cn.xingfu.care.bed.BedView;
import cn.xingfu.care.caregiver.CaregiverLevel;
import cn.xingfu.care.caregiver.StaffRegistry;
import cn.xingfu.care.caregiver.StaffRole;
import cn.xingfu.care.facility.FacilityView;
import cn.xingfu.care.support.CareFixtures;
import cn.xingfu.care.support.CareIntegrationTest;
import cn.xingfu.care.support.Json;
import cn.xingfu.care.support.TestAccounts;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

@CareIntegrationTest
class DashboardApiIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    CareFixtures fixtures;

    @Autowired
    StaffRegistry staff;

    FacilityView mine;
    FacilityView other;
    TestAccounts.Login manager;
    TestAccounts.Login admin;
    BedView vacantCognitive;

    @BeforeEach
    void setUp() {
        mine = fixtures.facility();
        other = fixtures.facility();
        manager = accounts.manager(mine.id());
        admin = accounts.admin();
        BedView occupied = fixtures.bed(mine.id(), BedType.STANDARD);
        fixtures.bed(mine.id(), BedType.STANDARD);
        vacantCognitive = fixtures.bed(mine.id(), BedType.COGNITIVE_CARE);
        fixtures.admitted(fixtures.resident(mine.id()).id(), occupied.id(), LocalDate.of(2026, 1, 5));
        fixtures.bed(other.id(), BedType.COGNITIVE_CARE);
        long caregiver = staff.register(
                        admin.actor(), mine.id(), new StaffRegistry.NewStaff("林晓", null, StaffRole.CAREGIVER, null))
                .id();
        staff.addCertificate(
                admin.actor(),
                caregiver,
                new StaffRegistry.NewCertificate(
                        CaregiverLevel.LEVEL_3, "D" + System.nanoTime(), "测试鉴定中心", LocalDate.of(2024, 1, 1), null, 90));
        staff.register(admin.actor(), mine.id(), new StaffRegistry.NewStaff("无证者", null, StaffRole.CAREGIVER, null));
    }

    JsonNode json(TestAccounts.Login login, String path) throws Exception {
        return Json.read(mvc.perform(get(path).with(login.basic()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void occupancyAndVacanciesMatchTheBedsAndStayInTheManagersScope() throws Exception {
        JsonNode rows = json(manager, "/api/dashboard/occupancy");
        assertThat(rows.findValues("facilityId").stream().map(JsonNode::asLong)).containsOnly(mine.id());
        JsonNode standard = null;
        for (JsonNode row : rows) {
            if (row.get("bedType").asString().equals("STANDARD")) {
                standard = row;
            }
        }
        assertThat(standard).isNotNull();
        assertThat(standard.get("beds").asInt()).isEqualTo(2);
        assertThat(standard.get("occupied").asInt()).isEqualTo(1);
        assertThat(standard.get("vacant").asInt()).isEqualTo(1);
        assertThat(standard.get("ratePercent").decimalValue()).isEqualByComparingTo("50.0");

        JsonNode vacancies = json(manager, "/api/dashboard/vacancies?type=COGNITIVE_CARE");
        assertThat(vacancies).hasSize(1);
        assertThat(vacancies.get(0).get("bedId").asLong()).isEqualTo(vacantCognitive.id());

        JsonNode adminVacancies = json(admin, "/api/dashboard/vacancies?type=COGNITIVE_CARE");
        assertThat(adminVacancies.findValues("facilityId").stream().map(JsonNode::asLong))
                .contains(mine.id(), other.id());

        mvc.perform(get("/api/dashboard/occupancy?facilityId=" + other.id()).with(manager.basic()))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("FACILITY_OUT_OF_SCOPE"));
        mvc.perform(get("/api/dashboard/vacancies.csv?facilityId=" + other.id()).with(manager.basic()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/dashboard/occupancy/history?months=99").with(manager.basic()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("MONTHS_OUT_OF_RANGE"));
    }

    @Test
    void occupancyHistoryCountsBedDaysMonthByMonth() throws Exception {
        JsonNode points = json(manager, "/api/dashboard/occupancy/history?months=3&facilityId=" + mine.id());
        assertThat(points.findValuesAsString("month").stream().distinct()).hasSize(3);
        assertThat(points)
                .allSatisfy(p -> assertThat(p.get("occupiedBedDays").asLong())
                        .isLessThanOrEqualTo(p.get("availableBedDays").asLong()));
    }

    @Test
    void assessmentsDueListTheNeverAssessedResidentOfHerFacilityOnly() throws Exception {
        JsonNode due = json(manager, "/api/dashboard/assessments");
        assertThat(due).hasSize(1);
        assertThat(due.get(0).get("facilityId").asLong()).isEqualTo(mine.id());
        assertThat(due.get(0).get("cause").asString()).isEqualTo("NEVER_ASSESSED");
        assertThat(due.get(0).get("overdue").asBoolean()).isTrue();
    }

    @Test
    void csvExportsHaveAByteOrderMarkAndChineseHeaders() throws Exception {
        byte[] csv = mvc.perform(get("/api/dashboard/certification.csv").with(manager.basic()))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text)
                .contains("持证率% Rate %")
                .contains(mine.name())
                .contains("无证者")
                .contains("50.0");
        assertThat(text.lines().count()).isEqualTo(3); // header, the facility, the total
    }

    @Test
    void theDistrictOverviewCountsOnlyWhatTheActorMaySee() throws Exception {
        JsonNode overview = json(manager, "/api/dashboard/district");
        assertThat(overview.get("facilities").asInt()).isEqualTo(1);
        assertThat(overview.get("certification").get("activeCaregivers").asInt())
                .isEqualTo(2);
        JsonNode cognitive = null;
        for (JsonNode b : overview.get("beds")) {
            if (b.get("bedType").asString().equals("COGNITIVE_CARE")) {
                cognitive = b;
            }
        }
        assertThat(cognitive.get("beds").asInt()).isEqualTo(1);
        JsonNode unrated = overview.get("stars").get(5);
        assertThat(unrated.get("labelEn").asString()).isEqualTo("unrated");
        assertThat(unrated.get("facilities").asInt()).isEqualTo(1);
        assertThat(json(admin, "/api/dashboard/district").get("facilities").asInt())
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void thePageNeedsASignedInUser() throws Exception {
        mvc.perform(get("/dashboard.html").accept("text/html")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/dashboard/occupancy")).andExpect(status().isUnauthorized());
        byte[] page = mvc.perform(get("/dashboard.html").with(manager.basic()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(new String(page, StandardCharsets.UTF_8)).contains("养老机构管理看板");
    }

    @Test
    void safetyCountsTheOpenTasksOfEachFacilityTheManagerSees() throws Exception {
        JsonNode rows = json(manager, "/api/dashboard/safety");
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("facilityId").asLong()).isEqualTo(mine.id());
        assertThat(rows.get(0).get("unassessedRisks").asInt()).isEqualTo(9);
        assertThat(rows.get(0).get("residentsWithOpenTasks").asInt()).isEqualTo(1);
        assertThat(rows.get(0).get("openIncidents").asInt()).isZero();
        assertThat(json(manager, "/api/dashboard/alerts?facilityId=" + mine.id()))
                .isEmpty();
        mvc.perform(get("/api/dashboard/safety?facilityId=" + other.id()).with(manager.basic()))
                .andExpect(status().isForbidden());
    }
}
