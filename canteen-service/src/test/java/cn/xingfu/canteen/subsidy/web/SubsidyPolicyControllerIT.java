package cn.xingfu.canteen.subsidy.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xingfu.canteen.shared.security.Accounts;
import cn.xingfu.canteen.shared.security.Role;
import cn.xingfu.canteen.subsidy.SubsidyPolicies;
import cn.xingfu.canteen.support.StaffAccounts;
import cn.xingfu.kernel.Ids;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SpringBootTest
@AutoConfigureMockMvc
class SubsidyPolicyControllerIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    SubsidyPolicies policies;

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    Clock clock;

    StaffAccounts staff;
    String district;
    LocalDate tomorrow;

    @BeforeEach
    void setUp() {
        staff = new StaffAccounts(accounts, encoder);
        district = String.valueOf(100000 + Math.floorMod(Ids.next(), 900000));
        tomorrow = LocalDate.now(clock).plusDays(1);
    }

    @Test
    void aDistrictAdminAddsAVersionThatStaffCanRead() throws Exception {
        mvc.perform(post("/api/subsidy-policies")
                        .with(staff.login(Role.DISTRICT_ADMIN, null))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(policy(tomorrow, "2.00", "[\"DIBAO\"]", null, "5.00")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.version").value("V1"))
                .andExpect(jsonPath("$.schemes[0].tiers[1].requiredStatuses[0]").value("DIBAO"))
                .andExpect(jsonPath("$.delivery.minAge").value(80));

        mvc.perform(get("/api/subsidy-policies").param("district", district).with(staff.login(Role.CANTEEN_STAFF, 1L)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].schemes[0].monthlyCap").value(60));
        mvc.perform(get("/api/subsidy-policies/in-force")
                        .param("district", district)
                        .param("date", tomorrow.toString())
                        .with(staff.login(Role.CANTEEN_MANAGER, 1L)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.schemes[0].tiers[0].amount").value(2.0));
    }

    @Test
    void onlyDistrictAdminsSetPolicies() throws Exception {
        for (RequestPostProcessor who : new RequestPostProcessor[] {
            staff.login(Role.CANTEEN_MANAGER, 1L), staff.login(Role.CANTEEN_STAFF, 1L), staff.login(Role.KIOSK, 1L)
        }) {
            mvc.perform(post("/api/subsidy-policies")
                            .with(who)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(policy(tomorrow, "2.00", "[]", null, "5.00")))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.code").value("DISTRICT_ADMIN_ONLY"));
        }
        mvc.perform(get("/api/subsidy-policies").param("district", district).with(staff.login(Role.KIOSK, 1L)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("STAFF_ONLY"));
        assertThat(policies.versions(district)).isEmpty();
    }

    @Test
    void invalidPoliciesChangeNothing() throws Exception {
        var admin = staff.login(Role.DISTRICT_ADMIN, null);
        String[][] cases = {
            {policy(tomorrow, "-2.00", "[]", null, "5.00"), "VALIDATION_FAILED"},
            {policy(tomorrow, "2.00", "[]", null, "-1"), "VALIDATION_FAILED"},
            {policy(tomorrow, "2.00", "[]", tomorrow.minusDays(1), "5.00"), "INVALID_POLICY"},
            {
                policy(tomorrow, "2.00", "[]", null, "5.00").replace("\"monthlyCap\":60", "\"monthlyCap\":-3"),
                "VALIDATION_FAILED"
            },
            {
                policy(tomorrow, "2.00", "[]", null, "5.00").replaceAll("(?s)\"tiers\":\\[.*?\\}\\]", "\"tiers\":[]"),
                "INVALID_POLICY"
            },
            {policy(tomorrow, "2.00", "[]", null, "5.00").replace("\"minAge\":60,", ""), "INVALID_POLICY"},
        };
        for (String[] c : cases) {
            mvc.perform(post("/api/subsidy-policies")
                            .with(admin)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(c[0]))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value(c[1]));
        }
        mvc.perform(post("/api/subsidy-policies")
                        .with(admin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(policy(tomorrow.minusDays(10), "2.00", "[]", null, "5.00")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("POLICY_RETROACTIVE"));
        assertThat(policies.versions(district)).isEmpty();
    }

    @Test
    void theFormChecksForTheMinimumBillCliffAndSavesSchemesWithTheirFunders() throws Exception {
        var admin = staff.login(Role.DISTRICT_ADMIN, null);
        mvc.perform(post("/api/subsidy-policies/check")
                        .with(admin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(policy(tomorrow, "2.00", "[]", null, "5.00")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.warnings[0].code").value("MINIMUM_BILL_CLIFF"))
                .andExpect(jsonPath("$.warnings[0].schemeCode").value("MEAL"))
                .andExpect(jsonPath("$.warnings[0].messageZh").isNotEmpty());
        mvc.perform(post("/api/subsidy-policies/check")
                        .with(admin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(policy(tomorrow, "2.00", "[]", null, "5.01")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.warnings").isEmpty());
        assertThat(policies.versions(district)).isEmpty();

        String schemes = """
                {"districtCode":"%s","version":"S1","label":"两个项目","effectiveFrom":"%s","schemesAddUp":true,
                 "schemes":[
                  {"code":"CITY_MEAL","funder":"CITY","nameZh":"市级助餐","channels":["DINE_IN","TAKEAWAY","DELIVERY"],
                   "basis":"PER_MEAL","tiers":[{"code":"AGE_60","nameZh":"60+","minAge":60,"amount":2.00}],
                   "weeklyCap":5,"minimumBill":0},
                  {"code":"CHARITY","funder":"CHARITY","nameZh":"慈善加补","channels":["DELIVERY"],
                   "effectiveFrom":"%s","effectiveTo":"%s","basis":"PER_DAY",
                   "tiers":[{"code":"AGE_80","nameZh":"80+","minAge":80,"amount":3.00}],"minimumBill":3.00}]}
                """.formatted(district, tomorrow, tomorrow.plusDays(3), tomorrow.plusDays(30));
        mvc.perform(post("/api/subsidy-policies")
                        .with(admin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(schemes))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.schemesAddUp").value(true))
                .andExpect(jsonPath("$.schemes[1].funder").value("CHARITY"))
                .andExpect(jsonPath("$.warnings[0].schemeCode").value("CHARITY"));
        var read = policies.inForce(district, tomorrow.plusDays(5));
        assertThat(read.schemes()).hasSize(2);
        assertThat(read.schemes().get(1).effectiveTo()).isEqualTo(tomorrow.plusDays(30));
        assertThat(read.schemes().get(1).channels()).containsExactly(cn.xingfu.canteen.shared.Channel.DELIVERY);
        assertThat(read.schemes().get(0).weeklyCap()).isEqualTo(5);
    }

    private String policy(LocalDate from, String amount, String statuses, LocalDate to, String minimumBill) {
        return """
                {"districtCode":"%s","version":"V1","label":"测试","effectiveFrom":"%s"%s,"basis":"PER_MEAL",
                 "tiers":[{"code":"AGE_60","nameZh":"60岁以上","minAge":60,"requiredStatuses":[],"amount":%s},
                          {"code":"HARDSHIP","nameZh":"低保","requiredStatuses":%s,"amount":5.00}],
                 "monthlyCap":60,"minimumBill":%s}
                """.formatted(
                        district,
                        from,
                        to == null ? "" : ",\"effectiveTo\":\"" + to + "\"",
                        amount,
                        statuses.equals("[]") ? "[\"DIBAO\"]" : statuses,
                        minimumBill);
    }
}
