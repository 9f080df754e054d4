package cn.xingfu.care.shared.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xingfu.care.support.CareIntegrationTest;
import cn.xingfu.care.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The same sign-in protection as canteen-service: locked accounts, unlock by the district, 429 on floods. */
@CareIntegrationTest
@TestPropertySource(
        properties = {"xingfu.security.failed-logins-per-minute=4", "xingfu.security.lock-after-failures=3"})
class CareLoginProtectionIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Test
    void wrongPasswordsLockACareManagerUntilTheDistrictUnlocks() throws Exception {
        var manager = accounts.manager();
        var admin = accounts.admin();
        String name = manager.actor().username();
        for (int i = 0; i < 3; i++) {
            mvc.perform(get("/api/facilities").with(httpBasic(name, "wrong")).with(from("10.12.0.1")))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/facilities").with(manager.basic()).with(from("10.12.0.1")))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("ACCOUNT_LOCKED"));
        mvc.perform(delete("/api/accounts/{u}/lock", name).with(admin.basic())).andExpect(status().isNoContent());
        mvc.perform(get("/api/facilities").with(manager.basic()).with(from("10.12.0.1")))
                .andExpect(jsonPath("$.code").doesNotExist());
    }

    @Test
    void aFloodOfFailedSignInsGets429WithRetryAfter() throws Exception {
        for (int i = 0; i < 4; i++) {
            mvc.perform(get("/api/facilities")
                            .with(httpBasic("nobody-care", "x" + i))
                            .with(from("10.12.0.2")))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/facilities").with(httpBasic("nobody-care", "x")).with(from("10.12.0.2")))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(jsonPath("$.code").value("LOGIN_RATE_LIMITED"));
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
