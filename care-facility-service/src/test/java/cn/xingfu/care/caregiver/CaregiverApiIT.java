package cn.xingfu.care.caregiver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xingfu.care.facility.FacilityDirectory;
import cn.xingfu.care.support.CareIntegrationTest;
import cn.xingfu.care.support.Json;
import cn.xingfu.care.support.TestAccounts;
import cn.xingfu.care.support.TestCareUnits;
import cn.xingfu.care.support.TestFacilities;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;

@CareIntegrationTest
class CaregiverApiIT {

    static final LocalDate ON = LocalDate.of(2026, 6, 1);

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    FacilityDirectory directory;

    @Autowired
    TestCareUnits units;

    @Autowired
    RosterQueries rosterQueries;

    @Autowired
    cn.xingfu.care.dementia.DementiaCare dementia;

    TestAccounts.Login admin;
    TestAccounts.Login manager;
    long facility;

    @BeforeEach
    void setUp() {
        admin = accounts.admin();
        facility = TestFacilities.register(directory, admin.actor(), "护理测试院", LocalDate.of(2018, 1, 1));
        manager = accounts.manager(facility);
    }

    ResultActions postJson(TestAccounts.Login login, String path, Object body) throws Exception {
        return mvc.perform(post(path)
                .with(login.basic())
                .contentType(MediaType.APPLICATION_JSON)
                .content(Json.write(body)));
    }

    long staff(String name, String role) throws Exception {
        String body = postJson(manager, "/api/facilities/" + facility + "/staff", Map.of("name", name, "role", role))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return Json.read(body).get("id").asLong();
    }

    ResultActions certify(long staffId, String level, String number, String issued, String validUntil)
            throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("level", level);
        body.put("certificateNumber", number);
        body.put("issuer", "重庆市职业技能鉴定中心");
        body.put("issueDate", issued);
        body.put("validUntil", validUntil);
        body.put("trainingHours", 120);
        return postJson(manager, "/api/staff/" + staffId + "/certificates", body);
    }

    static String number() {
        return "CQ" + UUID.randomUUID().toString().substring(0, 12);
    }

    JsonNode getJson(TestAccounts.Login login, String path) throws Exception {
        return Json.read(mvc.perform(get(path).with(login.basic()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    @Test
    void theRateCountsActiveCaregiversOnceAndNamesThoseMissing() throws Exception {
        long twice = staff("王芳", "CAREGIVER");
        certify(twice, "LEVEL_1", number(), "2020-01-01", null)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.rank").value(5))
                .andExpect(jsonPath("$.levelName").value("一级(高级技师)"));
        certify(twice, "LEVEL_5", number(), "2019-01-01", null).andExpect(status().isCreated());
        long expired = staff("李强", "CAREGIVER");
        certify(expired, "LEVEL_3", number(), "2020-01-01", "2026-05-31").andExpect(status().isCreated());
        long revoked = staff("赵敏", "CAREGIVER");
        String cert = certify(revoked, "LEVEL_4", number(), "2021-01-01", null)
                .andReturn()
                .getResponse()
                .getContentAsString();
        mvc.perform(post("/api/certificates/" + Json.read(cert).get("id").asLong() + "/revoke")
                        .with(manager.basic()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.revoked").value(true));
        long left = staff("钱多", "CAREGIVER");
        mvc.perform(put("/api/staff/" + left + "/active")
                        .with(manager.basic())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"active\":false}"))
                .andExpect(status().isOk());
        staff("孙厨", "FOOD_HANDLER");

        JsonNode rate = getJson(manager, "/api/facilities/" + facility + "/certification?date=" + ON);
        assertThat(rate.get("activeCaregivers").asInt()).isEqualTo(3);
        assertThat(rate.get("certifiedCaregivers").asInt()).isEqualTo(1);
        assertThat(rate.get("ratePercent").decimalValue()).isEqualByComparingTo("33.3");
        assertThat(rate.get("meetsTarget").asBoolean()).isFalse();
        assertThat(rate.get("missing").findValuesAsString("name")).containsExactlyInAnyOrder("李强", "赵敏");

        // the day before it expired, 李强 still counted
        JsonNode earlier = getJson(manager, "/api/facilities/" + facility + "/certification?date=2026-05-31");
        assertThat(earlier.get("certifiedCaregivers").asInt()).isEqualTo(2);
    }

    @Test
    void aFacilityWithoutCaregiversHasNoRateAndDoesNotMeetTheTarget() throws Exception {
        staff("孙厨", "FOOD_HANDLER");
        JsonNode rate = getJson(manager, "/api/facilities/" + facility + "/certification?date=" + ON);
        assertThat(rate.get("activeCaregivers").asInt()).isZero();
        assertThat(rate.path("ratePercent").isMissingNode()
                        || rate.path("ratePercent").isNull())
                .isTrue();
        assertThat(rate.get("meetsTarget").asBoolean()).isFalse();
        String csv = mvc.perform(get("/api/dashboard/certification.csv")
                        .param("facilityId", String.valueOf(facility))
                        .with(manager.basic()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).contains("无护理员 no caregivers").doesNotContain("是 yes");
    }

    @Test
    void certificateNumbersAreUniquePerIssuerAndBadInputIsRefused() throws Exception {
        long caregiver = staff("周杰", "CAREGIVER");
        String taken = number();
        certify(caregiver, "LEVEL_2", taken, "2022-03-01", null).andExpect(status().isCreated());
        certify(caregiver, "LEVEL_2", taken, "2022-03-01", null)
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("CERTIFICATE_NUMBER_TAKEN"));
        certify(caregiver, "LEVEL_6", number(), "2022-03-01", null)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));
        certify(caregiver, "LEVEL_2", number(), "2022-03-01", "2021-01-01")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("CERTIFICATE_DATES_INVALID"));
        postJson(manager, "/api/facilities/" + facility + "/staff", Map.of("name", "", "role", "CAREGIVER"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"));
        JsonNode details = getJson(manager, "/api/staff/" + caregiver);
        assertThat(details.get("certificates")).hasSize(1);
    }

    @Test
    void expiringCertificatesRaiseAlertsInTheirBands() throws Exception {
        long in20 = staff("吴一", "CAREGIVER");
        certify(in20, "LEVEL_4", number(), "2020-01-01", ON.plusDays(20).toString());
        long in45 = staff("吴二", "CAREGIVER");
        certify(in45, "LEVEL_4", number(), "2020-01-01", ON.plusDays(45).toString());
        long in90 = staff("吴三", "CAREGIVER");
        certify(in90, "LEVEL_4", number(), "2020-01-01", ON.plusDays(90).toString());
        long in91 = staff("吴四", "CAREGIVER");
        certify(in91, "LEVEL_4", number(), "2020-01-01", ON.plusDays(91).toString());
        long renewed = staff("吴五", "CAREGIVER");
        certify(renewed, "LEVEL_4", number(), "2020-01-01", ON.plusDays(10).toString());
        certify(renewed, "LEVEL_3", number(), "2025-01-01", null);
        long cook = staff("吴厨", "FOOD_HANDLER");
        postJson(
                        manager,
                        "/api/staff/" + cook + "/health-certificates",
                        Map.of("certificateNumber", number(), "issuer", "江津区疾控中心", "issueDate", "2025-07-01"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.validUntil").value("2026-06-30"));

        JsonNode alerts = getJson(manager, "/api/certification/expiries?date=" + ON);
        Map<String, Integer> bands = new LinkedHashMap<>();
        alerts.forEach(
                a -> bands.put(a.get("staffName").asString(), a.get("leadDays").asInt()));
        assertThat(bands)
                .containsEntry("吴一", 30)
                .containsEntry("吴二", 60)
                .containsEntry("吴三", 90)
                .containsEntry("吴厨", 30)
                .doesNotContainKeys("吴四", "吴五");
    }

    @Test
    void theRosterKeepsUncertifiedCaregiversOffCognitiveUnitsAndCooksWithoutHealthCertificatesOffDuty()
            throws Exception {
        long dementiaUnit = units.add(facility, "认知照护一区", true);
        long ordinaryUnit = units.add(facility, "普通护理区", false);
        long certified = staff("郑一", "CAREGIVER");
        certify(certified, "LEVEL_5", number(), "2024-01-01", null);
        long uncertified = staff("郑二", "CAREGIVER");
        long cook = staff("郑厨", "FOOD_HANDLER");
        String path = "/api/facilities/" + facility + "/roster";

        postJson(
                        manager,
                        path,
                        Map.of(
                                "unitId",
                                dementiaUnit,
                                "dutyDate",
                                ON.toString(),
                                "shift",
                                "NIGHT",
                                "staffId",
                                uncertified))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("CAREGIVER_UNCERTIFIED"));
        postJson(
                        manager,
                        path,
                        Map.of(
                                "unitId",
                                ordinaryUnit,
                                "dutyDate",
                                ON.toString(),
                                "shift",
                                "NIGHT",
                                "staffId",
                                uncertified))
                .andExpect(status().isCreated());
        postJson(
                        manager,
                        path,
                        Map.of(
                                "unitId",
                                dementiaUnit,
                                "dutyDate",
                                ON.toString(),
                                "shift",
                                "NIGHT",
                                "staffId",
                                certified))
                .andExpect(status().isCreated());
        postJson(
                        manager,
                        path,
                        Map.of(
                                "unitId",
                                dementiaUnit,
                                "dutyDate",
                                ON.toString(),
                                "shift",
                                "NIGHT",
                                "staffId",
                                certified))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("ALREADY_ON_SHIFT"));
        postJson(manager, path, Map.of("dutyDate", ON.toString(), "shift", "DAY", "staffId", cook))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("HEALTH_CERTIFICATE_MISSING"));
        postJson(
                manager,
                "/api/staff/" + cook + "/health-certificates",
                Map.of("certificateNumber", number(), "issuer", "江津区疾控中心", "issueDate", "2026-01-10"));
        postJson(manager, path, Map.of("dutyDate", ON.toString(), "shift", "DAY", "staffId", cook))
                .andExpect(status().isCreated());
        postJson(
                        manager,
                        path,
                        Map.of("unitId", -999_999, "dutyDate", ON.toString(), "shift", "DAY", "staffId", certified))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("CARE_UNIT_NOT_FOUND"));

        assertThat(rosterQueries.caregiversOnShift(dementiaUnit, ON, Shift.NIGHT))
                .isEqualTo(1);
        assertThat(rosterQueries.caregiversOnShift(dementiaUnit, ON, Shift.DAY)).isZero();
        assertThat(rosterQueries.caregiversOnShiftAtFacility(facility, ON, Shift.NIGHT))
                .isEqualTo(2);
        assertThat(rosterQueries.caregiversOnShiftAtFacility(facility, ON, Shift.DAY))
                .isZero();
        JsonNode roster = getJson(manager, path + "?from=" + ON + "&to=" + ON);
        assertThat(roster).hasSize(3);
    }

    @Test
    void aRealDementiaUnitTakesOnlyCertifiedCaregivers() throws Exception {
        long unit = dementia.createUnit(admin.actor(), facility, "记忆家园", 1, java.util.Set.of(), java.util.Set.of())
                .id();
        long uncertified = staff("韩无证", "CAREGIVER");
        long certified = staff("韩有证", "CAREGIVER");
        certify(certified, "LEVEL_2", number(), "2023-01-01", null);
        String path = "/api/facilities/" + facility + "/roster";
        postJson(
                        manager,
                        path,
                        Map.of("unitId", unit, "dutyDate", ON.toString(), "shift", "NIGHT", "staffId", uncertified))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("CAREGIVER_UNCERTIFIED"));
        postJson(
                        manager,
                        path,
                        Map.of("unitId", unit, "dutyDate", ON.toString(), "shift", "NIGHT", "staffId", certified))
                .andExpect(status().isCreated());
        assertThat(rosterQueries.caregiversOnShift(unit, ON, Shift.NIGHT)).isEqualTo(1);
    }

    @Test
    void aCareManagerSeesOnlyHerFacilities() throws Exception {
        long caregiver = staff("冯一", "CAREGIVER");
        var stranger =
                accounts.manager(TestFacilities.register(directory, admin.actor(), "别家", LocalDate.of(2018, 1, 1)));
        mvc.perform(get("/api/facilities/" + facility + "/staff").with(stranger.basic()))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("FACILITY_OUT_OF_SCOPE"));
        mvc.perform(get("/api/staff/" + caregiver).with(stranger.basic())).andExpect(status().isForbidden());
        postJson(
                        stranger,
                        "/api/staff/" + caregiver + "/certificates",
                        Map.of(
                                "level",
                                "LEVEL_5",
                                "certificateNumber",
                                number(),
                                "issuer",
                                "x",
                                "issueDate",
                                "2024-01-01",
                                "trainingHours",
                                1))
                .andExpect(status().isForbidden());
        assertThat(getJson(manager, "/api/staff/" + caregiver).get("certificates"))
                .isEmpty();
        JsonNode strangerReport = getJson(stranger, "/api/certification?date=" + ON);
        assertThat(strangerReport.get("facilities").findValuesAsString("facilityName"))
                .noneMatch(name -> name.startsWith("护理测试院"));
        JsonNode adminReport = getJson(admin, "/api/certification?date=" + ON);
        assertThat(adminReport.get("facilities").findValues("facilityId").stream()
                        .map(JsonNode::asLong))
                .contains(facility);
    }
}
