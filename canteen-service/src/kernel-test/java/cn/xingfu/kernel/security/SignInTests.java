package cn.xingfu.kernel.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.test.context.junit.jupiter.web.SpringJUnitWebConfig;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.config.annotation.EnableWebMvc;

/**
 * The sign-in both services share, run through a real Spring Security filter chain built by {@link SignIn}:
 * API clients get problem+json, browsers the login page, and CSRF guards browser sessions only.
 */
@SpringJUnitWebConfig(SignInTests.Config.class)
class SignInTests {

    private MockMvc mvc;

    @BeforeEach
    void setUp(WebApplicationContext context) {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
    }

    @Test
    void anApiClientWithoutCredentialsGetsA401ProblemAndABasicChallenge() throws Exception {
        mvc.perform(get("/api/hello").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Basic realm=\"xingfu\""))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("AUTHENTICATION_REQUIRED"))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.type").value("urn:xingfu:problem:authentication-required"))
                .andExpect(jsonPath("$.messageZh").value("请先登录（用户名或密码不正确）"))
                .andExpect(jsonPath("$.detail").value("请先登录（用户名或密码不正确）"));
        mvc.perform(get("/api/hello").header("Accept-Language", "en"))
                .andExpect(jsonPath("$.detail").value("Sign in first (or the user name or password is wrong)"));
    }

    @Test
    void aWrongPasswordIsTheSame401Problem() throws Exception {
        mvc.perform(get("/api/hello").with(httpBasic("kiosk", "wrong")))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("AUTHENTICATION_REQUIRED"));
    }

    @Test
    void aBrowserPageIsSentToTheLoginForm() throws Exception {
        mvc.perform(get("/api/hello").accept(MediaType.TEXT_HTML))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void healthIsPublic() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
    }

    @Test
    void basicClientsPostWithoutACsrfToken() throws Exception {
        mvc.perform(post("/api/orders").with(httpBasic("kiosk", "secret")))
                .andExpect(status().isOk())
                .andExpect(content().string("placed"));
    }

    @Test
    void aBrowserSessionCannotPostWithoutEchoingTheCsrfCookie() throws Exception {
        mvc.perform(post("/api/orders").with(user("staff")).cookie(new Cookie("JSESSIONID", "s1")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("ACCESS_DENIED"));
    }

    @Test
    void aBrowserSessionPostsWhenItEchoesTheRawCookieValue() throws Exception {
        mvc.perform(post("/api/orders")
                        .with(user("staff"))
                        .cookie(new Cookie("JSESSIONID", "s1"), new Cookie("XSRF-TOKEN", "t-123"))
                        .header("X-XSRF-TOKEN", "t-123"))
                .andExpect(status().isOk());
        mvc.perform(post("/api/orders")
                        .with(user("staff"))
                        .cookie(new Cookie("JSESSIONID", "s1"), new Cookie("XSRF-TOKEN", "t-123"))
                        .header("X-XSRF-TOKEN", "t-999"))
                .andExpect(status().isForbidden());
    }

    @Test
    void everyResponseHandsOutTheCsrfCookieForPageScripts() throws Exception {
        mvc.perform(get("/api/hello").with(user("staff")))
                .andExpect(status().isOk())
                .andExpect(cookie().exists("XSRF-TOKEN"))
                .andExpect(cookie().httpOnly("XSRF-TOKEN", false));
    }

    @Test
    void aBasicAuthClientGetsNoCsrfCookieItWouldOnlyDrop() throws Exception {
        mvc.perform(post("/api/orders").with(httpBasic("kiosk", "secret")))
                .andExpect(status().isOk())
                .andExpect(cookie().doesNotExist("XSRF-TOKEN"));
        mvc.perform(get("/api/hello").with(httpBasic("kiosk", "secret")))
                .andExpect(status().isOk())
                .andExpect(cookie().doesNotExist("XSRF-TOKEN"));
    }

    @Test
    void pagesGetTheStrictPolicyAndOnlySwaggerUiMayUseInlineStyles() throws Exception {
        assertThat(SignIn.CONTENT_SECURITY_POLICY)
                .contains("style-src 'self';", "script-src 'self';")
                .doesNotContain("unsafe-inline");
        assertThat(SignIn.SWAGGER_UI_CONTENT_SECURITY_POLICY)
                .contains("style-src 'self' 'unsafe-inline';", "script-src 'self';")
                .doesNotContain("script-src 'self' 'unsafe-inline'");
        for (String page : new String[] {"/api/hello", "/login", "/swagger-uix/index.html", "/css/swagger-ui.css"}) {
            mvc.perform(get(page).with(user("staff")))
                    .andExpect(header().stringValues("Content-Security-Policy", SignIn.CONTENT_SECURITY_POLICY));
        }
        for (String swagger :
                new String[] {"/swagger-ui.html", "/swagger-ui/index.html", "/swagger-ui/swagger-ui.css"}) {
            mvc.perform(get(swagger).with(user("staff")))
                    .andExpect(header().stringValues(
                                    "Content-Security-Policy", SignIn.SWAGGER_UI_CONTENT_SECURITY_POLICY));
        }
    }

    @Test
    void aSignedInAccountWithoutTheRoleGetsA403Problem() throws Exception {
        mvc.perform(get("/admin/report").with(httpBasic("kiosk", "secret")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("ACCESS_DENIED"))
                .andExpect(jsonPath("$.messageEn").value("You are not allowed to do this"));
    }

    @Configuration(proxyBeanMethods = false)
    @EnableWebSecurity
    @EnableWebMvc
    static class Config {

        @Bean
        UserDetailsService accounts() {
            return new InMemoryUserDetailsManager(User.withUsername("kiosk")
                    .password("{noop}secret")
                    .roles("KIOSK")
                    .build());
        }

        @Bean
        SecurityFilterChain chain(HttpSecurity http) throws Exception {
            http.authorizeHttpRequests(auth -> auth.requestMatchers(SignIn.PUBLIC_PATHS)
                    .permitAll()
                    .requestMatchers("/admin/**")
                    .hasRole("ADMIN")
                    .anyRequest()
                    .authenticated());
            return SignIn.formAndBasic(http).build();
        }

        @Bean
        Endpoints endpoints() {
            return new Endpoints();
        }
    }

    @RestController
    static class Endpoints {

        @GetMapping("/api/hello")
        String hello() {
            return "hello";
        }

        @PostMapping("/api/orders")
        String place() {
            return "placed";
        }

        @GetMapping("/actuator/health")
        String health() {
            return "UP";
        }

        @GetMapping("/admin/report")
        String report() {
            return "report";
        }
    }
}
