package cn.xingfu.canteen.senior;

import static cn.xingfu.canteen.senior.SeniorFixtures.basic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xingfu.canteen.shared.MealPeriod;
import cn.xingfu.canteen.shared.security.Accounts;
import cn.xingfu.canteen.shared.security.Role;
import cn.xingfu.canteen.site.CanteenDirectory;
import cn.xingfu.canteen.site.MealWindow;
import cn.xingfu.canteen.site.NewCanteen;
import cn.xingfu.canteen.subsidy.SubsidyPolicies;
import cn.xingfu.canteen.subsidy.SubsidyPolicy;
import cn.xingfu.canteen.support.TestClock;
import cn.xingfu.kernel.Ids;
import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Field-level access by role (issue 11): the counter sees name, masked ID number, tier and meals left, never
 * statuses, dietary records, phone, address or coordinates; managers of the home canteen see the record; kiosks
 * cannot look seniors up. Every read lands in the audit log with its reader.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SeniorAccessByRoleIT {

    private static final LocalDate MONDAY = LocalDate.of(2031, 3, 3);

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    CanteenDirectory canteens;

    @Autowired
    SubsidyPolicies policies;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestClock clock;

    long canteen;
    String manager;
    String counter;
    String kiosk;
    long seniorId;
    String phone;

    @BeforeEach
    void aCanteenWithACappedPolicyAndARegisteredSenior() throws Exception {
        clock.pin(MONDAY.atTime(11, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        canteen = Ids.next();
        String district = String.valueOf(700000 + (canteen % 99999));
        policies.create(
                new SubsidyPolicy(
                        district,
                        district + "-access",
                        "access tests",
                        MONDAY,
                        null,
                        SubsidyPolicy.Basis.PER_MEAL,
                        List.of(new SubsidyPolicy.Tier("AGE_80", "80岁及以上", 80, Set.of(), new BigDecimal("5.00"))),
                        2,
                        6,
                        20,
                        BigDecimal.ZERO,
                        SubsidyPolicy.DeliveryRule.standard()),
                "test");
        canteens.register(new NewCanteen(
                canteen,
                "A" + canteen,
                "权限测试食堂" + canteen,
                "测试街道",
                district,
                "测试路 1 号",
                29.28,
                106.25,
                List.of(new MealWindow(
                        MealPeriod.LUNCH,
                        LocalTime.of(11, 0),
                        LocalTime.of(13, 0),
                        LocalTime.of(11, 30),
                        LocalTime.of(11, 30),
                        LocalTime.of(10, 0)))));
        manager = SeniorFixtures.login(accounts, encoder, Role.CANTEEN_MANAGER, canteen);
        counter = SeniorFixtures.login(accounts, encoder, Role.CANTEEN_STAFF, canteen);
        kiosk = SeniorFixtures.login(accounts, encoder, Role.KIOSK, canteen);
        // random, not taken from the canteen's id: the answers carry that id, and the phone must not be found in them
        // by coincidence (a phone made of the id's last eight digits once was)
        phone = "139"
                + String.format(
                        "%08d", java.util.concurrent.ThreadLocalRandom.current().nextInt(100_000_000));
        String idNumber = cn.xingfu.canteen.support.TestIdNumbers.bornOn(MONDAY.minusYears(85));
        String body = mvc.perform(post("/api/seniors")
                        .with(basic(manager))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name":"权限老人","idNumber":"%s","phone":"%s","address":"江津区测试路 9 号",
                                 "latitude":29.2911,"longitude":106.2622,"homeCanteenId":%d,
                                 "dietary":{"needs":["DIABETIC"],"allergies":[],"texture":"NORMAL"},
                                 "statuses":[{"status":"DIBAO","source":"测试","validFrom":"2025-01-01"}],%s}
                                """.formatted(idNumber, phone, canteen, SeniorFixtures.CONSENTS_JSON)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        seniorId = ((Number) JsonPath.read(body, "$.senior.id")).longValue();
    }

    @AfterEach
    void releaseClock() {
        clock.reset();
    }

    @Test
    void theCounterSeesNameMaskedIdTierAndMealsLeftButNoSensitiveFields() throws Exception {
        String json = mvc.perform(get("/api/seniors/{id}", seniorId).with(basic(counter)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("权限老人"))
                .andExpect(jsonPath("$.maskedIdNumber").value(org.hamcrest.Matchers.containsString("********")))
                .andExpect(jsonPath("$.tierCode").value("AGE_80"))
                .andExpect(jsonPath("$.mealsLeftToday").value(2))
                .andExpect(jsonPath("$.mealsLeftThisWeek").value(6))
                .andExpect(jsonPath("$.mealsLeftThisMonth").value(20))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        Map<String, Object> view = JsonPath.read(json, "$");
        assertThat(view)
                .doesNotContainKeys(
                        "statuses",
                        "dietary",
                        "phone",
                        "maskedPhone",
                        "address",
                        "latitude",
                        "longitude",
                        "emergencyContact",
                        "deliveryNotes",
                        "dateOfBirth");
        assertThat(json).doesNotContain(phone).doesNotContain("DIBAO").doesNotContain("29.2911");
    }

    @Test
    void aChangeMadeAtTheCounterAnswersWithTheCounterView() throws Exception {
        String json = mvc.perform(patch("/api/seniors/{id}", seniorId)
                        .with(basic(counter))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"phone\":\"13700001111\"}"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(json).doesNotContain("13700001111").doesNotContain("DIBAO").doesNotContain("latitude");
        Map<String, Object> change = jdbc.queryForMap(
                "SELECT * FROM audit_event WHERE subject_id = ? AND kind = 'SENIOR_CONTACT'", String.valueOf(seniorId));
        assertThat(change.get("actor_username")).isEqualTo(counter);
        assertThat(change.get("field")).isEqualTo("phone");
        assertThat(String.valueOf(change.get("new_value"))).isEqualTo("137****1111");
        assertThat(String.valueOf(change.get("old_value"))).contains("****").doesNotContain(phone);
    }

    @Test
    void managersOfTheHomeCanteenSeeTheRecordAndKiosksCannotLookSeniorsUp() throws Exception {
        mvc.perform(get("/api/seniors/{id}", seniorId).with(basic(manager)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.phone").value(phone))
                .andExpect(jsonPath("$.statuses[0].status").value("DIBAO"))
                .andExpect(jsonPath("$.latitude").value(29.2911));
        mvc.perform(get("/api/seniors/{id}", seniorId).with(basic(kiosk)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("STAFF_ONLY"));
    }

    @Test
    void everyReadIsAuditedWithItsReaderAndView() throws Exception {
        mvc.perform(get("/api/seniors/{id}", seniorId).with(basic(counter))).andExpect(status().isOk());
        mvc.perform(get("/api/seniors/{id}", seniorId).with(basic(manager))).andExpect(status().isOk());
        List<Map<String, Object>> reads = jdbc.queryForList(
                "SELECT actor_username, actor_role, kind FROM audit_event WHERE subject_id = ? AND action = 'READ'"
                        + " ORDER BY occurred_at, id",
                String.valueOf(seniorId));
        assertThat(reads)
                .extracting(r -> r.get("actor_username") + "/" + r.get("actor_role") + "/" + r.get("kind"))
                .containsExactly(counter + "/CANTEEN_STAFF/SENIOR_COUNTER", manager + "/CANTEEN_MANAGER/SENIOR_DETAIL");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_event WHERE subject_id = ? AND kind = 'SENIOR_STATUS'",
                        Integer.class,
                        String.valueOf(seniorId)))
                .isEqualTo(1);
    }
}
