package cn.xingfu.canteen.senior;

import static cn.xingfu.canteen.senior.SeniorFixtures.basic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xingfu.canteen.shared.food.DietaryTag;
import cn.xingfu.canteen.shared.security.Accounts;
import cn.xingfu.canteen.shared.security.Role;
import cn.xingfu.kernel.DomainException;
import cn.xingfu.kernel.Ids;
import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
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

/** Consent (PIPL art. 29): recorded with who, relation and notice version; withdrawal stops the processing. */
@SpringBootTest
@AutoConfigureMockMvc
class ConsentIT {

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
    void aSeniorWithDietAndStatus() throws Exception {
        canteen = Ids.next();
        manager = SeniorFixtures.login(accounts, encoder, Role.CANTEEN_MANAGER, canteen);
        staff = SeniorFixtures.login(accounts, encoder, Role.CANTEEN_STAFF, canteen);
        String body = mvc.perform(post("/api/seniors")
                        .with(basic(manager))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name":"同意老人","idNumber":"%s","phone":"13912345678","address":"测试路 3 号",
                                 "latitude":29.29,"longitude":106.26,"homeCanteenId":%d,
                                 "dietary":{"needs":["DIABETIC"],"allergies":[],"texture":"SOFT"},
                                 "statuses":[{"status":"DIBAO","source":"测试","validFrom":"2025-01-01"}]}
                                """.formatted(SeniorFixtures.idNumber(), canteen)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        seniorId = ((Number) JsonPath.read(body, "$.senior.id")).longValue();
    }

    @Test
    void withdrawingHealthConsentStopsDietProcessingUntilConsentIsGivenAgain() throws Exception {
        long consent = give("HEALTH_DIET", "GUARDIAN", "女儿 同意人");
        assertThat(directory.profile(seniorId).dietary().needs()).containsExactly(DietaryTag.DIABETIC);

        withdraw(consent, "家属要求")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.withdrawnBy").value(manager));
        SeniorProfile profile = directory.profile(seniorId);
        assertThat(profile.dietary().needs()).isEmpty();
        assertThat(profile.allows(ConsentScope.HEALTH_DIET)).isFalse();
        // other scopes go on: the status still counts for subsidies
        assertThat(profile.statuses()).hasSize(1);
        assertThat(directory
                        .profiles(java.util.List.of(seniorId))
                        .get(0)
                        .dietary()
                        .needs())
                .isEmpty();
        withdraw(consent, "again")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("CONSENT_ALREADY_WITHDRAWN"));

        give("HEALTH_DIET", "SELF", "同意老人");
        assertThat(directory.profile(seniorId).dietary().needs()).containsExactly(DietaryTag.DIABETIC);
        mvc.perform(get("/api/seniors/{id}/consents", seniorId).with(basic(staff)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].relation").value("SELF"))
                .andExpect(jsonPath("$[1].withdrawalReason").value("家属要求"))
                .andExpect(jsonPath("$[1].documentVersion").value("2026-01"));
        assertThat(jdbc.queryForList(
                        "SELECT action FROM audit_event WHERE kind = 'CONSENT' AND subject_id = ? ORDER BY occurred_at, id",
                        String.class,
                        String.valueOf(seniorId)))
                .containsExactly("CREATE", "REVOKE", "CREATE");
    }

    @Test
    void withdrawingStatusOrAddressConsentStopsSubsidyStatusesAndDelivery() throws Exception {
        long statuses = give("ELIGIBILITY_STATUS", "SELF", "同意老人");
        long address = give("DELIVERY_ADDRESS", "AGENT", "社区代理人");
        directory.requireConsent(seniorId, ConsentScope.DELIVERY_ADDRESS);

        withdraw(statuses, null).andExpect(status().isOk());
        withdraw(address, null).andExpect(status().isOk());
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
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM consent_record WHERE senior_id = ?", Integer.class, seniorId))
                .isZero();
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
        return mvc.perform(post("/api/seniors/{id}/consents/{c}/withdrawal", seniorId, consent)
                .with(basic(manager))
                .contentType(MediaType.APPLICATION_JSON)
                .content(reason == null ? "{}" : "{\"reason\":\"" + reason + "\"}"));
    }
}
