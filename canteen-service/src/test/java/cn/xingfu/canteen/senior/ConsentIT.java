package cn.xingfu.canteen.senior;

import static cn.xingfu.canteen.senior.SeniorFixtures.basic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xingfu.canteen.shared.food.DietaryTag;
import cn.xingfu.canteen.shared.security.Accounts;
import cn.xingfu.canteen.shared.security.Role;
import cn.xingfu.kernel.DomainException;
import cn.xingfu.kernel.Ids;
import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
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

/**
 * Consent (PIPL art. 29): recorded with who, relation and notice version; sensitive data is only written with the
 * consent, only processed while one is in force, and withdrawal or a consent never given stops the processing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ConsentIT {

    private static final String SENSITIVE = """
            "phone":"13912345678","latitude":29.29,"longitude":106.26,
            "dietary":{"needs":["DIABETIC"],"allergies":[],"texture":"SOFT"},
            "statuses":[{"status":"DIBAO","source":"测试","validFrom":"2025-01-01"}]""";

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    SeniorDirectory directory;

    @Autowired
    JdbcTemplate jdbc;

    long canteen;
    String manager;
    String staff;
    long seniorId;

    @BeforeEach
    void aSeniorWithDietStatusAndPhoneWhoConsentedToAll() throws Exception {
        canteen = Ids.next();
        manager = SeniorFixtures.login(accounts, encoder, Role.CANTEEN_MANAGER, canteen);
        staff = SeniorFixtures.login(accounts, encoder, Role.CANTEEN_STAFF, canteen);
        seniorId = registered("同意老人", SENSITIVE + "," + SeniorFixtures.CONSENTS_JSON);
    }

    @Test
    void withdrawingHealthConsentStopsDietProcessingUntilConsentIsGivenAgain() throws Exception {
        assertThat(directory.profile(seniorId).dietary().needs()).containsExactly(DietaryTag.DIABETIC);
        long consent = consentId(ConsentScope.HEALTH_DIET);

        withdraw(consent, "家属要求")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.withdrawnBy").value(manager));
        SeniorProfile profile = directory.profile(seniorId);
        assertThat(profile.dietary().needs()).isEmpty();
        assertThat(profile.allows(ConsentScope.HEALTH_DIET)).isFalse();
        assertThat(profile.consentNotices())
                .extracting(ConsentNotice::scope, ConsentNotice::state)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ConsentScope.HEALTH_DIET, ConsentNotice.State.WITHDRAWN));
        // other scopes go on: the status still counts for subsidies
        assertThat(profile.statuses()).hasSize(1);
        assertThat(directory.profiles(List.of(seniorId)).get(0).dietary().needs())
                .isEmpty();
        withdraw(consent, "again")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("CONSENT_ALREADY_WITHDRAWN"));

        give("HEALTH_DIET", "SELF", "同意老人");
        assertThat(directory.profile(seniorId).dietary().needs()).containsExactly(DietaryTag.DIABETIC);
        assertThat(directory.profile(seniorId).consentNotices()).isEmpty();
        mvc.perform(get("/api/seniors/{id}/consents", seniorId).with(basic(staff)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(4))
                .andExpect(jsonPath("$[0].relation").value("SELF"))
                .andExpect(jsonPath("$[0].documentVersion").value("2026-01"))
                .andExpect(jsonPath("$[?(@.withdrawalReason == '家属要求')].scope")
                        .value(org.hamcrest.Matchers.contains("HEALTH_DIET")));
        assertThat(jdbc.queryForList(
                        "SELECT action FROM audit_event WHERE kind = 'CONSENT' AND subject_id = ? ORDER BY occurred_at, id",
                        String.class,
                        String.valueOf(seniorId)))
                .containsExactly("CREATE", "CREATE", "CREATE", "REVOKE", "CREATE");
    }

    @Test
    void withdrawingStatusOrAddressConsentStopsSubsidyStatusesAndDelivery() throws Exception {
        directory.requireConsent(seniorId, ConsentScope.DELIVERY_ADDRESS);

        withdraw(consentId(ConsentScope.ELIGIBILITY_STATUS), null).andExpect(status().isOk());
        withdraw(consentId(ConsentScope.DELIVERY_ADDRESS), null).andExpect(status().isOk());
        assertThat(directory.profile(seniorId).statuses()).isEmpty();
        assertThat(directory.profile(seniorId).allows(ConsentScope.DELIVERY_ADDRESS))
                .isFalse();
        assertThatThrownBy(() -> directory.requireConsent(seniorId, ConsentScope.DELIVERY_ADDRESS))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("CONSENT_WITHDRAWN");
    }

    @Test
    void onlyManagersOfTheHomeCanteenRecordConsentAndEveryFieldIsRequired() throws Exception {
        String otherManager = SeniorFixtures.login(accounts, encoder, Role.CANTEEN_MANAGER, Ids.next());
        consent(staff, "{\"scope\":\"HEALTH_DIET\",\"givenBy\":\"x\",\"relation\":\"SELF\",\"documentVersion\":\"1\"}")
                .andExpect(status().isForbidden());
        consent(
                        otherManager,
                        "{\"scope\":\"HEALTH_DIET\",\"givenBy\":\"x\",\"relation\":\"SELF\",\"documentVersion\":\"1\"}")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("OUT_OF_CANTEEN_SCOPE"));
        consent(manager, "{\"scope\":\"HEALTH_DIET\",\"relation\":\"SELF\",\"documentVersion\":\"1\"}")
                .andExpect(status().isBadRequest());
        consent(manager, "{\"scope\":\"FACE\",\"givenBy\":\"x\",\"relation\":\"SELF\",\"documentVersion\":\"1\"}")
                .andExpect(status().isBadRequest());
        // the three given at registration, nothing more
        assertThat(consentCount(seniorId)).isEqualTo(3);
    }

    @Test
    void registeringSensitiveDataWithoutItsConsentIsRefusedAndNothingIsStored() throws Exception {
        String onlyDiet = "\"consents\":[{\"scope\":\"HEALTH_DIET\",\"givenBy\":\"女儿\",\"relation\":\"GUARDIAN\","
                + "\"documentVersion\":\"2026-01\"}]";
        register("没同意老人", SENSITIVE + "," + onlyDiet)
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("CONSENT_REQUIRED"))
                .andExpect(jsonPath("$.missing")
                        .value(org.hamcrest.Matchers.contains("ELIGIBILITY_STATUS", "DELIVERY_ADDRESS")))
                .andExpect(jsonPath("$.messageZh").value(org.hamcrest.Matchers.containsString("低保")))
                .andExpect(jsonPath("$.messageEn").value(org.hamcrest.Matchers.containsString("consent")));
        register("没同意老人", SENSITIVE)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("CONSENT_REQUIRED"));
        // a consent without who gave it is no consent
        register(
                        "没同意老人",
                        SENSITIVE
                                + ",\"consents\":[{\"scope\":\"HEALTH_DIET\",\"relation\":\"SELF\",\"documentVersion\":\"1\"}]")
                .andExpect(status().isBadRequest());
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM senior WHERE home_canteen_id = ? AND name = '没同意老人'",
                        Integer.class,
                        canteen))
                .isZero();

        // no sensitive data, no consent needed: the address alone is the record of residence
        long plain = registered("只登记地址老人", "\"deliveryNotes\":\"请敲门\"");
        assertThat(consentCount(plain)).isZero();
        assertThat(directory.profile(plain).allows(ConsentScope.DELIVERY_ADDRESS))
                .isFalse();
    }

    @Test
    void editingSensitiveDataNeedsAConsentInForceOrGivenWithTheChange() throws Exception {
        long plain = registered("后补老人", "\"deliveryNotes\":\"请敲门\"");
        String diet = "\"dietary\":{\"needs\":[\"LOW_SALT\"],\"allergies\":[\"PEANUT\"],\"texture\":\"NORMAL\"}";
        edit(staff, plain, "{" + diet + "}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("CONSENT_REQUIRED"))
                .andExpect(jsonPath("$.missing").value(org.hamcrest.Matchers.contains("HEALTH_DIET")));
        edit(staff, plain, "{\"phone\":\"13900001111\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.missing").value(org.hamcrest.Matchers.contains("DELIVERY_ADDRESS")));
        // consents are taken by managers, so the counter cannot slip one in with a change
        edit(staff, plain, "{" + diet + "," + SeniorFixtures.CONSENTS_JSON + "}")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("MANAGER_ONLY"));
        mvc.perform(post("/api/seniors/{id}/statuses", plain)
                        .with(basic(manager))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"TEKUN\",\"source\":\"民政局\",\"validFrom\":\"2026-01-01\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.missing").value(org.hamcrest.Matchers.contains("ELIGIBILITY_STATUS")));
        assertThat(jdbc.queryForObject("SELECT dietary_tags FROM senior WHERE id = ?", String.class, plain))
                .isEmpty();
        assertThat(directory.deliveryContact(plain).phone()).isNull();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM senior_status WHERE senior_id = ?", Integer.class, plain))
                .isZero();
        assertThat(consentCount(plain)).isZero();

        edit(manager, plain, "{" + diet + "," + SeniorFixtures.CONSENTS_JSON + "}")
                .andExpect(status().isOk());
        assertThat(directory.profile(plain).dietary().needs()).containsExactly(DietaryTag.LOW_SALT);
        // now in force, the counter may keep it up to date
        edit(staff, plain, "{\"phone\":\"13900001111\"}").andExpect(status().isOk());
        mvc.perform(post("/api/seniors/{id}/statuses", plain)
                        .with(basic(manager))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"TEKUN\",\"source\":\"民政局\",\"validFrom\":\"2026-01-01\"}"))
                .andExpect(status().isOk());
        assertThat(directory.profile(plain).statuses()).hasSize(1);
    }

    @Test
    void aSeniorWithoutAnyConsentRecordIsProcessedAsIfWithdrawnAndTheCounterIsToldWhy() throws Exception {
        SeniorFixtures.forgetConsents(jdbc, seniorId);
        SeniorProfile profile = directory.profile(seniorId);
        assertThat(profile.dietary().needs()).isEmpty();
        assertThat(profile.statuses()).isEmpty();
        assertThat(profile.allows(ConsentScope.DELIVERY_ADDRESS)).isFalse();
        assertThat(profile.consentNotices())
                .extracting(ConsentNotice::scope)
                .containsExactly(
                        ConsentScope.HEALTH_DIET, ConsentScope.ELIGIBILITY_STATUS, ConsentScope.DELIVERY_ADDRESS);
        assertThat(profile.consentNotices())
                .allSatisfy(n -> assertThat(n.state()).isEqualTo(ConsentNotice.State.NOT_GIVEN));
        assertThatThrownBy(() -> directory.requireConsent(seniorId, ConsentScope.DELIVERY_ADDRESS))
                .hasMessageContaining("CONSENT_REQUIRED");
        mvc.perform(get("/api/seniors/{id}", seniorId).with(basic(staff)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.consentNotices[0].scope").value("HEALTH_DIET"))
                .andExpect(
                        jsonPath("$.consentNotices[0].messageZh").value(org.hamcrest.Matchers.containsString("还没有同意")))
                .andExpect(jsonPath("$.consentNotices[1].scope").value("ELIGIBILITY_STATUS"));

        give("HEALTH_DIET", "SELF", "同意老人");
        give("ELIGIBILITY_STATUS", "AGENT", "社区代理人");
        SeniorProfile restored = directory.profile(seniorId);
        assertThat(restored.dietary().needs()).containsExactly(DietaryTag.DIABETIC);
        assertThat(restored.statuses()).hasSize(1);
        assertThat(restored.consentNotices())
                .extracting(ConsentNotice::scope)
                .containsExactly(ConsentScope.DELIVERY_ADDRESS);
    }

    @Test
    void theWorkListNamesTheSeniorsWhoseDataAwaitsAConsentNeverGiven() throws Exception {
        SeniorFixtures.forgetConsents(jdbc, seniorId);
        long consented = registered("已同意老人", SENSITIVE + "," + SeniorFixtures.CONSENTS_JSON);
        long withdrew = registered("撤回老人", SENSITIVE + "," + SeniorFixtures.CONSENTS_JSON);
        long nothingSensitive = registered("无敏感信息老人", "\"deliveryNotes\":\"请敲门\"");
        long dietOnly = registered("只有饮食老人", SENSITIVE + "," + SeniorFixtures.CONSENTS_JSON);
        SeniorFixtures.forgetConsents(jdbc, dietOnly);
        jdbc.update(
                "UPDATE senior SET phone = NULL, phone_tail = NULL, latitude = NULL, longitude = NULL WHERE id = ?",
                dietOnly);
        jdbc.update("DELETE FROM senior_status WHERE senior_id = ?", dietOnly);
        withdraw(withdrew, consentId(withdrew, ConsentScope.HEALTH_DIET), "不想提供")
                .andExpect(status().isOk());

        String list = mvc.perform(get("/api/seniors/awaiting-consent").with(basic(staff)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        List<Number> ids = JsonPath.read(list, "$[*].seniorId");
        assertThat(ids.stream().map(Number::longValue))
                .containsExactlyInAnyOrder(seniorId, dietOnly)
                .doesNotContain(consented, withdrew, nothingSensitive);
        List<String> first = JsonPath.read(list, "$[?(@.seniorId == " + seniorId + ")].scopes[*]");
        assertThat(first).containsExactly("HEALTH_DIET", "ELIGIBILITY_STATUS", "DELIVERY_ADDRESS");
        List<String> second = JsonPath.read(list, "$[?(@.seniorId == " + dietOnly + ")].scopes[*]");
        assertThat(second).containsExactly("HEALTH_DIET");
        assertThat(list).doesNotContain("13912345678");

        String otherStaff = SeniorFixtures.login(accounts, encoder, Role.CANTEEN_STAFF, Ids.next());
        mvc.perform(get("/api/seniors/awaiting-consent")
                        .param("canteenId", String.valueOf(canteen))
                        .with(basic(otherStaff)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("OUT_OF_CANTEEN_SCOPE"));
        String kiosk = SeniorFixtures.login(accounts, encoder, Role.KIOSK, canteen);
        mvc.perform(get("/api/seniors/awaiting-consent").with(basic(kiosk))).andExpect(status().isForbidden());
        String admin = SeniorFixtures.login(accounts, encoder, Role.DISTRICT_ADMIN, null);
        mvc.perform(get("/api/seniors/awaiting-consent").with(basic(admin)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("CANTEEN_REQUIRED"));

        give("HEALTH_DIET", "SELF", "同意老人");
        give("ELIGIBILITY_STATUS", "SELF", "同意老人");
        give("DELIVERY_ADDRESS", "SELF", "同意老人");
        mvc.perform(get("/api/seniors/awaiting-consent")
                        .param("canteenId", String.valueOf(canteen))
                        .with(basic(admin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].seniorId").value(dietOnly))
                .andExpect(jsonPath("$[0].name").value("只有饮食老人"));
    }

    private long registered(String name, String members) throws Exception {
        String body = register(name, members)
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return ((Number) JsonPath.read(body, "$.senior.id")).longValue();
    }

    private ResultActions register(String name, String members) throws Exception {
        return mvc.perform(post("/api/seniors")
                .with(basic(manager))
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"name":"%s","idNumber":"%s","address":"测试路 3 号","homeCanteenId":%d,%s}
                        """.formatted(name, SeniorFixtures.idNumber(), canteen, members)));
    }

    private ResultActions edit(String login, long id, String json) throws Exception {
        return mvc.perform(patch("/api/seniors/{id}", id)
                .with(basic(login))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    private long consentId(ConsentScope scope) {
        return consentId(seniorId, scope);
    }

    private long consentId(long senior, ConsentScope scope) {
        return jdbc.queryForObject(
                "SELECT id FROM consent_record WHERE senior_id = ? AND scope = ? AND withdrawn_at IS NULL",
                Long.class,
                senior,
                scope.name());
    }

    private int consentCount(long senior) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM consent_record WHERE senior_id = ?", Integer.class, senior);
    }

    private long give(String scope, String relation, String givenBy) throws Exception {
        String body = consent(manager, """
                        {"scope":"%s","givenBy":"%s","relation":"%s","documentVersion":"2026-01"}
                        """.formatted(scope, givenBy, relation))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    private ResultActions consent(String login, String json) throws Exception {
        return mvc.perform(post("/api/seniors/{id}/consents", seniorId)
                .with(basic(login))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    private ResultActions withdraw(long consent, String reason) throws Exception {
        return withdraw(seniorId, consent, reason);
    }

    private ResultActions withdraw(long senior, long consent, String reason) throws Exception {
        return mvc.perform(post("/api/seniors/{id}/consents/{c}/withdrawal", senior, consent)
                .with(basic(manager))
                .contentType(MediaType.APPLICATION_JSON)
                .content(reason == null ? "{}" : "{\"reason\":\"" + reason + "\"}"));
    }
}
