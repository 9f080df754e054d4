package cn.xingfu.kernel.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * How both services sign people in. Staff in a browser use the form at {@code /login} and keep a session
 * with a CSRF cookie; kiosks, scripts and the other service send HTTP Basic on every request. An API
 * client that is not signed in, or may not do something, gets problem+json; a browser page asking for
 * HTML is sent to the login page. Each service adds only its own URL rules and account store.
 */
public final class SignIn {

    /** Reachable without an account: health, the login page, and what the login page needs to render. */
    public static final String[] PUBLIC_PATHS = {
        "/actuator/health",
        "/actuator/health/**",
        "/login",
        "/login.html",
        "/login.js",
        "/js/login.js",
        "/error",
        "/favicon.ico",
        "/css/**",
        "/webjars/**"
    };

    /**
     * Pages load scripts and styles only from their own service (no inline script), are never framed, and send no
     * referrer to other sites. 'unsafe-inline' for styles is not for the charts (uPlot styles through CSSOM, which
     * a CSP does not govern) but for the sign-in pages' inline style blocks and Swagger UI (docs/privacy.md).
     */
    public static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
                    + " img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none';"
                    + " base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private SignIn() {}

    /**
     * Form login (a locked account is told so on the login page), HTTP Basic, logout, problem+json failures, CSRF for
     * browser sessions only, and the security headers.
     */
    public static HttpSecurity formAndBasic(HttpSecurity http) throws Exception {
        ProblemAuthenticationEntryPoint problems = new ProblemAuthenticationEntryPoint();
        MediaTypeRequestMatcher browserPage = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
        browserPage.setIgnoredMediaTypes(Set.of(MediaType.ALL));
        return http.httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .formLogin(form -> form.loginPage("/login")
                        .failureHandler(loginFailurePages())
                        .permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
                                new LoginUrlAuthenticationEntryPoint("/login"), browserPage)
                        .defaultAuthenticationEntryPointFor(problems, request -> true)
                        .accessDeniedHandler(problems))
                // Basic-auth clients (kiosks, scripts) carry no cookies, so CSRF cannot reach them;
                // browser sessions must send the XSRF-TOKEN cookie back as a header (spa(): the raw cookie
                // value is accepted in X-XSRF-TOKEN), and every response makes sure that cookie exists.
                .csrf(csrf -> csrf.spa()
                        .ignoringRequestMatchers(
                                request -> request.getHeader("Authorization") != null || !hasSessionCookie(request))
                        .ignoringRequestMatchers("/login"))
                .addFilterAfter(new CsrfCookieFilter(), CsrfFilter.class)
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny())
                        .contentTypeOptions(Customizer.withDefaults())
                        .referrerPolicy(referrer -> referrer.policy(
                                ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .addHeaderWriter(new StaticHeadersWriter(
                                "Permissions-Policy", "camera=(self), geolocation=(self), microphone=()")));
    }

    private static ExceptionMappingAuthenticationFailureHandler loginFailurePages() {
        ExceptionMappingAuthenticationFailureHandler pages = new ExceptionMappingAuthenticationFailureHandler();
        pages.setDefaultFailureUrl("/login?error");
        pages.setExceptionMappings(Map.of(LockedException.class.getName(), "/login?locked"));
        return pages;
    }

    /** Only a browser session can be ridden by a forged cross-site request. */
    private static boolean hasSessionCookie(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return false;
        }
        for (Cookie cookie : request.getCookies()) {
            if ("JSESSIONID".equals(cookie.getName())) {
                return true;
            }
        }
        return false;
    }
}
