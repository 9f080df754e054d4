package cn.xingfu.kernel.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfFilter;
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
        "/error",
        "/favicon.ico",
        "/css/**",
        "/webjars/**"
    };

    private SignIn() {}

    /** Form login, HTTP Basic, logout, problem+json failures and CSRF for browser sessions only. */
    public static HttpSecurity formAndBasic(HttpSecurity http) throws Exception {
        ProblemAuthenticationEntryPoint problems = new ProblemAuthenticationEntryPoint();
        MediaTypeRequestMatcher browserPage = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
        browserPage.setIgnoredMediaTypes(Set.of(MediaType.ALL));
        return http.httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .formLogin(form -> form.loginPage("/login").permitAll())
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
                .addFilterAfter(new CsrfCookieFilter(), CsrfFilter.class);
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
