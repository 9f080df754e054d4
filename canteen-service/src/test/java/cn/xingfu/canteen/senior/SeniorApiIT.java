package cn.xingfu.canteen.senior;

import static cn.xingfu.canteen.senior.SeniorFixtures.basic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xingfu.canteen.shared.security.Accounts;
import cn.xingfu.canteen.shared.security.Role;
import cn.xingfu.kernel.DomainException;
import cn.xingfu.kernel.Ids;
import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@SpringBootTest
@AutoConfigureMockMvc
class SeniorApiIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SeniorDirectory directory;

    long canteenA;
    long canteenB;
    String managerA;
    String staffA;
    String staffB;
    String kioskA;
    String admin;

    @BeforeEach
    void logins() {
        canteenA = Ids.next();
        canteenB = Ids.next();
        managerA = SeniorFixtures.login(accounts, encoder, Role.CANTEEN_MANAGER, canteenA);
        staffA = SeniorFixtures.login(accounts, encoder, Role.CANTEEN_STAFF, canteenA);
        staffB = SeniorFixtures.login(accounts, encoder, Role.CANTEEN_STAFF, canteenB);
        kioskA = SeniorFixtures.login(accounts, encoder, Role.KIOSK, canteenA);
        admin = SeniorFixtures.login(accounts, encoder, Role.DISTRICT_ADMIN, null);
    }

    @Test
    void registersASeniorAndReturnsTheFullIdNumberOnlyOnce() throws Exception {
        String idNumber = SeniorFixtures.idNumber();
        String body = register(managerA, registrationJson("张三丰", idNumber, canteenA, null))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.idNumber").value(idNumber))
                .andExpect(jsonPath("$.senior.maskedIdNumber")
                        .value(idNumber.substring(0, 6) + "********" + idNumber.substring(14)))
                .andExpect(jsonPath("$.senior.nameInitials").value("zsf"))
                .andExpect(jsonPath("$.senior.lifecycle").value("ACTIVE"))
                .andExpect(jsonPath("$.senior.statuses[0].status").value("DIBAO"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        long id = ((Number) JsonPath.read(body, "$.senior.id")).longValue();

        String detail = mvc.perform(get("/api/seniors/{id}", id).with(basic(managerA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("张三丰"))
                .andExpect(jsonPath("$.dateOfBirth").value(birthDate(idNumber).toString()))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(detail).doesNotContain(idNumber);
        String list = mvc.perform(get("/api/seniors").param("q", "zsf").with(basic(staffA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].maskedPhone").value(maskedPhone(detail)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(list).doesNotContain(idNumber).doesNotContain((String) JsonPath.read(detail, "$.phone"));
    }

    @Test
    void storesTheIdNumberOnlyEncrypted() throws Exception {
        String idNumber = SeniorFixtures.idNumber();
        long id = registered(managerA, "赵钱孙", idNumber, canteenA);
        Map<String, Object> row = jdbc.queryForMap("select * from senior where id = ?", id);
        for (Map.Entry<String, Object> column : row.entrySet()) {
            String text = column.getValue() instanceof byte[] bytes
                    ? new String(bytes, StandardCharsets.ISO_8859_1)
                    : String.valueOf(column.getValue());
            assertThat(text)
                    .as(column.getKey())
                    .doesNotContain(idNumber)
                    .doesNotContain(idNumber.substring(6, 14) + idNumber.substring(14, 17));
        }
        byte[] encrypted = jdbc.queryForObject("select id_number_enc from senior where id = ?", byte[].class, id);
        assertThat(encrypted).hasSizeGreaterThan(18 + 12);
    }

    @Test
    void storesContactLocationAndStatusesAsEnvelopesAndReadsThemBack() throws Exception {
        long id = registered(managerA, "孙李周", SeniorFixtures.idNumber(), canteenA);
        Map<String, Object> row =
                jdbc.queryForMap("select phone, address, latitude, longitude, phone_tail from senior where id = ?", id);
        for (String column : new String[] {"phone", "address", "latitude", "longitude"}) {
            assertThat((String) row.get(column)).as(column).startsWith("xf1:");
        }
        assertThat((String) row.get("address")).doesNotContain("测试路");
        assertThat(jdbc.queryForObject("select status from senior_status where senior_id = ?", String.class, id))
                .startsWith("xf1:")
                .doesNotContain("DIBAO");

        mvc.perform(get("/api/seniors/{id}", id).with(basic(managerA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.address").value("江津区几江街道测试路 2 号"))
                .andExpect(jsonPath("$.latitude").value(29.29))
                .andExpect(jsonPath("$.statuses[0].status").value("DIBAO"));
    }

    @Test
    void refusesADuplicateIdNumberAndChangesNothing() throws Exception {
        String idNumber = SeniorFixtures.idNumber();
        registered(managerA, "钱一", idNumber, canteenA);
        long before = countAt(canteenB);
        register(admin, registrationJson("钱二", idNumber.toLowerCase(), canteenB, null))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("SENIOR_DUPLICATE_ID"));
        assertThat(countAt(canteenB)).isEqualTo(before);
    }

    @Test
    void refusesInvalidIdNumbersMismatchedBirthDatesAndMalformedJson() throws Exception {
        String idNumber = SeniorFixtures.idNumber();
        char wrongCheck = idNumber.charAt(17) == '0' ? '1' : '0';
        register(managerA, registrationJson("孙一", idNumber.substring(0, 17) + wrongCheck, canteenA, null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("ID_NUMBER_INVALID"))
                .andExpect(jsonPath("$.messageZh").exists())
                .andExpect(jsonPath("$.messageEn").exists());
        register(
                        managerA,
                        registrationJson(
                                "孙二",
                                idNumber,
                                canteenA,
                                birthDate(idNumber).plusDays(1).toString()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("DATE_OF_BIRTH_MISMATCH"));
        register(managerA, "{\"name\": \"孙三\", \"idNumber\": ")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));
        register(managerA, registrationJson("", idNumber, canteenA, null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"));
        register(managerA, registrationJson("孙四", idNumber, canteenA, null).replace("\"13", "\"99"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("PHONE_INVALID"));
        assertThat(countAt(canteenA)).isZero();
    }

    @Test
    void onlyManagersOfTheHomeCanteenOrAdminsRegister() throws Exception {
        register(staffA, registrationJson("周一", SeniorFixtures.idNumber(), canteenA, null))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("MANAGER_ONLY"));
        register(managerA, registrationJson("周二", SeniorFixtures.idNumber(), canteenB, null))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("OUT_OF_CANTEEN_SCOPE"));
        assertThat(countAt(canteenA) + countAt(canteenB)).isZero();
        register(admin, registrationJson("周三", SeniorFixtures.idNumber(), canteenB, null))
                .andExpect(status().isCreated());
    }

    @Test
    void staffOfAnotherCanteenCannotSeeOrChangeASenior() throws Exception {
        long id = registered(managerA, "吴一", SeniorFixtures.idNumber(), canteenA);
        mvc.perform(get("/api/seniors/{id}", id).with(basic(staffB)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("OUT_OF_CANTEEN_SCOPE"));
        mvc.perform(get("/api/seniors").param("q", "吴一").with(basic(staffB)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(get("/api/seniors")
                        .param("canteenId", String.valueOf(canteenA))
                        .with(basic(staffB)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("OUT_OF_CANTEEN_SCOPE"));
        mvc.perform(patch("/api/seniors/{id}", id)
                        .with(basic(staffB))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"deliveryNotes\":\"changed\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/seniors").with(basic(kioskA)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("STAFF_ONLY"));
        mvc.perform(get("/api/seniors")
                        .param("q", "吴一")
                        .param("canteenId", String.valueOf(canteenA))
                        .with(basic(admin)))
                .andExpect(jsonPath("$.totalElements").value(1));
        assertThat(directory.deliveryContact(id).deliveryNotes()).isNull();
    }

    @Test
    void findsSeniorsByNameInitialsPhoneTailAndIdNumber() throws Exception {
        String idNumber = SeniorFixtures.idNumber();
        long id = registered(managerA, "欧阳秀英", idNumber, canteenA);
        registered(managerA, "郑大全", SeniorFixtures.idNumber(), canteenA);
        mvc.perform(patch("/api/seniors/{id}", id)
                        .with(basic(staffA))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"phone\":\"13900004321\"}"))
                .andExpect(status().isOk())
                // the counter's answer is its own view: no phone, not even masked (SeniorAccessByRoleIT)
                .andExpect(jsonPath("$.maskedPhone").doesNotExist());
        for (String q : new String[] {"秀英", "oyx", "OYXY", "4321", idNumber}) {
            mvc.perform(get("/api/seniors").param("q", q).with(basic(staffA)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.totalElements").value(1))
                    .andExpect(jsonPath("$.content[0].id").value(id));
        }
        mvc.perform(get("/api/seniors").with(basic(staffA)))
                .andExpect(jsonPath("$.totalElements").value(2));
    }

    @Test
    void updatesContactDietaryAndNotesAndTheDeliveryContactFollows() throws Exception {
        long id = registered(managerA, "冯一", SeniorFixtures.idNumber(), canteenA);
        mvc.perform(patch("/api/seniors/{id}", id)
                        .with(basic(staffA))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"dietary":{"needs":["LOW_SALT","DIABETIC"],"allergies":["PEANUT"],"texture":"SOFT"},
                                 "deliveryNotes":"耳背，请大声敲门","preferredDeliveryFrom":"11:00","preferredDeliveryUntil":"12:00",
                                 "emergencyContact":{"name":"冯二","relation":"女儿","phone":"13800001111"},
                                 "communityWorker":{"name":"网格员","phone":"023-47521234"}}
                                """))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dietary").doesNotExist());
        SeniorProfile profile = directory.profile(id);
        assertThat(profile.dietary().needs())
                .containsExactlyInAnyOrder(
                        cn.xingfu.canteen.shared.food.DietaryTag.LOW_SALT,
                        cn.xingfu.canteen.shared.food.DietaryTag.DIABETIC);
        assertThat(profile.dietary().allergies()).containsExactly(cn.xingfu.canteen.shared.food.Allergen.PEANUT);
        DeliveryContact contact = directory.deliveryContact(id);
        assertThat(contact.deliveryNotes()).isEqualTo("耳背，请大声敲门");
        assertThat(contact.preferredFrom()).hasToString("11:00");
        assertThat(contact.emergencyContactRelation()).isEqualTo("女儿");
        assertThat(contact.communityWorkerPhone()).isEqualTo("023-47521234");
        assertThat(contact.maskedPhone()).contains("****");

        mvc.perform(patch("/api/seniors/{id}", id)
                        .with(basic(staffA))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"preferredDeliveryFrom\":\"13:00\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("DELIVERY_WINDOW_INVALID"));
        mvc.perform(patch("/api/seniors/{id}", id)
                        .with(basic(staffA))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"dietary\":{\"texture\":\"GRAVEL\"}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));
        assertThat(directory.deliveryContact(id).preferredFrom()).hasToString("11:00");
        assertThat(directory.profile(id).dietary().texture()).isEqualTo(cn.xingfu.canteen.shared.food.Texture.SOFT);
    }

    @Test
    void addsStatusPeriodsAndGuardsTheLifecycle() throws Exception {
        long id = registered(managerA, "陈一", SeniorFixtures.idNumber(), canteenA);
        mvc.perform(
                        post("/api/seniors/{id}/statuses", id)
                                .with(basic(managerA))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"status\":\"TEKUN\",\"source\":\"民政局\",\"validFrom\":\"2026-01-01\",\"validTo\":\"2026-12-31\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.statuses.length()").value(2));
        mvc.perform(
                        post("/api/seniors/{id}/statuses", id)
                                .with(basic(managerA))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"status\":\"TEKUN\",\"source\":\"民政局\",\"validFrom\":\"2026-01-01\",\"validTo\":\"2025-12-31\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("STATUS_PERIOD_INVALID"));
        mvc.perform(post("/api/seniors/{id}/statuses", id)
                        .with(basic(staffA))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"TEKUN\",\"source\":\"x\",\"validFrom\":\"2026-01-01\"}"))
                .andExpect(status().isForbidden());
        SeniorProfile profile = directory.profile(id);
        assertThat(profile.statuses()).hasSize(2);
        assertThat(profile.statusesOn(LocalDate.of(2026, 6, 1)))
                .containsExactlyInAnyOrder(EligibilityStatus.DIBAO, EligibilityStatus.TEKUN);
        assertThat(profile.statusesOn(LocalDate.of(2027, 1, 1))).containsExactly(EligibilityStatus.DIBAO);

        lifecycle(id, "DECEASED", "家属告知")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lifecycle").value("DECEASED"));
        lifecycle(id, "ACTIVE", "误操作")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("LIFECYCLE_TRANSITION_INVALID"));
        lifecycle(id, "ALIVE", "x")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));
        assertThat(directory.profile(id).lifecycle()).isEqualTo(Lifecycle.DECEASED);
    }

    @Test
    void unknownSeniorsAreNotFound() throws Exception {
        long unknown = Ids.next();
        mvc.perform(get("/api/seniors/{id}", unknown).with(basic(admin)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("SENIOR_NOT_FOUND"));
        lifecycle(unknown, "PAUSED", "x").andExpect(status().isNotFound());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> directory.profile(unknown))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("SENIOR_NOT_FOUND");
    }

    private ResultActions lifecycle(long id, String lifecycle, String reason) throws Exception {
        return mvc.perform(post("/api/seniors/{id}/lifecycle", id)
                .with(basic(managerA))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"lifecycle\":\"" + lifecycle + "\",\"reason\":\"" + reason + "\"}"));
    }

    private long registered(String login, String name, String idNumber, long canteen) throws Exception {
        String body = register(login, registrationJson(name, idNumber, canteen, null))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return ((Number) JsonPath.read(body, "$.senior.id")).longValue();
    }

    private ResultActions register(String login, String json) throws Exception {
        return mvc.perform(post("/api/seniors")
                .with(basic(login))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    private static String registrationJson(String name, String idNumber, long canteen, String dateOfBirth) {
        return """
                {"name":"%s","idNumber":"%s",%s"phone":"13%09d","address":"江津区几江街道测试路 2 号",
                 "latitude":29.29,"longitude":106.26,"homeCanteenId":%d,
                 "statuses":[{"status":"DIBAO","source":"测试","validFrom":"2025-01-01"}],%s}
                """.formatted(
                        name,
                        idNumber,
                        dateOfBirth == null ? "" : "\"dateOfBirth\":\"" + dateOfBirth + "\",",
                        (int) (Math.random() * 999_999_999),
                        canteen,
                        SeniorFixtures.CONSENTS_JSON);
    }

    private long countAt(long canteen) {
        return jdbc.queryForObject("select count(*) from senior where home_canteen_id = ?", Long.class, canteen);
    }

    private static LocalDate birthDate(String idNumber) {
        return LocalDate.parse(
                idNumber.substring(6, 10) + "-" + idNumber.substring(10, 12) + "-" + idNumber.substring(12, 14));
    }

    private static String maskedPhone(String detailJson) {
        String phone = JsonPath.read(detailJson, "$.phone");
        return phone.substring(0, 3) + "****" + phone.substring(7);
    }
}
