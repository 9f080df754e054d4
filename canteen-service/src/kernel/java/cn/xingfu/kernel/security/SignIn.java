package cn.xingfu.kernel.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.CompositeHeaderWriter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

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
     * Pages load scripts and styles only from their own service (no inline script, no inline style block or style
     * attribute), are never framed, and send no referrer to other sites. Styles set from script through
     * {@code element.style} (uPlot sizing its canvas, the pages' computed widths) are CSSOM, which a CSP does not
     * govern, so the pages need no 'unsafe-inline' (docs/privacy.md, "Web security").
     */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none';"
            + " base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** Swagger UI (springdoc; off in production profiles): its pages and their scripts and styles. */
    public static final String[] SWAGGER_UI_PATHS = {"/swagger-ui.html", "/swagger-ui/**"};

    /**
     * The same policy for Swagger UI's own paths, except that its styles may be inline: swagger-ui applies inline
     * styles as it renders (swagger-ui issue #10655). Scripts stay 'self' only, and the exception reaches no page of
     * ours.
     */
    public static final String SWAGGER_UI_CONTENT_SECURITY_POLICY =
            CONTENT_SECURITY_POLICY.replace("style-src 'self';", "style-src 'self' 'unsafe-inline';");

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
                        .csrfTokenRepository(new CookiesForBrowsersOnly())
                        .ignoringRequestMatchers(request ->
                                CookiesForBrowsersOnly.carriesCredentials(request) || !hasSessionCookie(request))
                        .ignoringRequestMatchers("/login"))
                .addFilterAfter(new CsrfCookieFilter(), CsrfFilter.class)
                .headers(headers -> headers.addHeaderWriter(contentSecurityPolicy())
                        .frameOptions(frame -> frame.deny())
                        .contentTypeOptions(Customizer.withDefaults())
                        .referrerPolicy(referrer -> referrer.policy(
                                ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .addHeaderWriter(new StaticHeadersWriter(
                                "Permissions-Policy", "camera=(self), geolocation=(self), microphone=()")));
    }

    /** One Content-Security-Policy per response: Swagger UI's paths get theirs, every other path the strict one. */
    static HeaderWriter contentSecurityPolicy() {
        RequestMatcher swaggerUi = new OrRequestMatcher(Arrays.stream(SWAGGER_UI_PATHS)
                .map(path -> (RequestMatcher)
                        PathPatternRequestMatcher.withDefaults().matcher(path))
                .toList());
        return new CompositeHeaderWriter(List.of(
                new DelegatingRequestMatcherHeaderWriter(
                        swaggerUi, new ContentSecurityPolicyHeaderWriter(SWAGGER_UI_CONTENT_SECURITY_POLICY)),
                new DelegatingRequestMatcherHeaderWriter(
                        new NegatedRequestMatcher(swaggerUi),
                        new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY))));
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
