package cn.xingfu.canteen.shared.security;

import static cn.xingfu.canteen.senior.SeniorFixtures.basic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xingfu.canteen.senior.SeniorFixtures;
import cn.xingfu.kernel.Ids;
import jakarta.servlet.http.Cookie;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Issue 11, web security: locked accounts, 429 with Retry-After for floods of failed sign-ins and of card scans,
 * CSRF on browser sessions (not on Basic clients) and the security headers. Small limits so the tests stay short.
 */
@SpringBootTest(
        properties = {
            "xingfu.security.failed-logins-per-minute=4",
            "xingfu.security.scans-per-minute=3",
            "xingfu.security.lock-after-failures=3",
            "xingfu.security.lock-for=15m"
        })
@AutoConfigureMockMvc
class WebSecurityIT {

    private static final AtomicInteger ADDRESS = new AtomicInteger(1);

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void repeatedWrongPasswordsLockTheAccountUntilTheDistrictUnlocksIt() throws Exception {
        String manager = SeniorFixtures.login(accounts, encoder, Role.CANTEEN_MANAGER, 11L);
        String admin = SeniorFixtures.login(accounts, encoder, Role.DISTRICT_ADMIN, null);
        RequestPostProcessor from = address();
        for (int i = 0; i < 3; i++) {
            mvc.perform(get("/api/seniors")
                            .with(httpBasic(manager, "wrong-" + i))
                            .with(from))
                    .andExpect(status().isUnauthorized())
                    .andExpect(jsonPath("$.code").value("AUTHENTICATION_REQUIRED"));
        }
        // the right password no longer helps, and is not even checked
        mvc.perform(get("/api/seniors").with(basic(manager)).with(from))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("ACCOUNT_LOCKED"));
        mvc.perform(get("/api/accounts/{u}/lock", manager).with(basic(admin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lockedUntil").exists());
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_event WHERE kind = 'ACCOUNT_LOCKED' AND subject_id = ?",
                        Integer.class,
                        manager))
                .isEqualTo(1);

        mvc.perform(delete("/api/accounts/{u}/lock", manager)
                        .with(basic(manager))
                        .with(from))
                .andExpect(status().isUnauthorized());
        mvc.perform(delete("/api/accounts/{u}/lock", manager).with(basic(admin)))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/seniors").with(basic(manager)).with(from)).andExpect(status().isOk());
        assertThat(jdbc.queryForObject("SELECT failed_logins FROM account WHERE username = ?", Integer.class, manager))
                .isZero();
    }

    @Test
    void aFloodOfFailedSignInsGets429WithRetryAfterBeforeAnyPasswordIsChecked() throws Exception {
        String guessed = "nobody-" + Ids.next();
        RequestPostProcessor from = address();
        for (int i = 0; i < 4; i++) {
            mvc.perform(get("/api/seniors")
                            .with(httpBasic(guessed, "guess-" + i))
                            .with(from))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/seniors").with(httpBasic(guessed, "guess-5")).with(from))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(jsonPath("$.code").value("LOGIN_RATE_LIMITED"))
                .andExpect(jsonPath("$.messageZh").exists())
                .andExpect(jsonPath("$.messageEn").exists());
        // the same address trying another name is stopped too; another address with real credentials is not
        String staff = SeniorFixtures.login(accounts, encoder, Role.CANTEEN_STAFF, 11L);
        mvc.perform(get("/api/seniors").with(basic(staff)).with(from)).andExpect(status().isTooManyRequests());
        mvc.perform(get("/api/seniors").with(basic(staff)).with(address())).andExpect(status().isOk());
    }

    @Test
    void aKioskScanningTooFastGets429AndOtherKiosksDoNot() throws Exception {
        String kiosk = SeniorFixtures.login(accounts, encoder, Role.KIOSK, 11L);
        String other = SeniorFixtures.login(accounts, encoder, Role.KIOSK, 11L);
        for (int i = 0; i < 3; i++) {
            int code = scan(kiosk).andReturn().getResponse().getStatus();
            assertThat(code).isNotEqualTo(429);
        }
        scan(kiosk)
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(jsonPath("$.code").value("SCAN_RATE_LIMITED"));
        assertThat(scan(other).andReturn().getResponse().getStatus()).isNotEqualTo(429);
    }

    @Test
    void browserSessionsNeedTheCsrfTokenAndBasicClientsDoNot() throws Exception {
        String manager = SeniorFixtures.login(accounts, encoder, Role.CANTEEN_MANAGER, 11L);
        // a forged cross-site POST rides on the session cookie and has no token
        mvc.perform(post("/api/seniors")
                        .cookie(new Cookie("JSESSIONID", "victim-session"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isForbidden());
        // the page's own script echoes the XSRF-TOKEN cookie in the header: CSRF passes (then 401: no real session)
        mvc.perform(post("/api/seniors")
                        .cookie(new Cookie("JSESSIONID", "victim-session"), new Cookie("XSRF-TOKEN", "t0k3n"))
                        .header("X-XSRF-TOKEN", "t0k3n")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isUnauthorized());
        // a Basic client carries no cookies and needs no token (the body is then validated)
        mvc.perform(post("/api/seniors")
                        .with(basic(manager))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void pagesAndApiAnswerWithTheSecurityHeaders() throws Exception {
        mvc.perform(get("/login.html"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
                .andExpect(header().exists("Permissions-Policy"));
        assertThat(SecurityConfiguration.CONTENT_SECURITY_POLICY)
                .contains("script-src 'self';")
                .doesNotContain("'unsafe-inline'");
        mvc.perform(get("/api/seniors")).andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }

    private org.springframework.test.web.servlet.ResultActions scan(String kiosk) throws Exception {
        return mvc.perform(post("/api/kiosk/scan")
                .with(basic(kiosk))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"qr\":\"XF1.not-a-card\"}"));
    }

    private static RequestPostProcessor address() {
        String address = "10.11.0." + ADDRESS.getAndIncrement();
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
