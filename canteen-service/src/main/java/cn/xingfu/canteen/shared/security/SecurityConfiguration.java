package cn.xingfu.canteen.shared.security;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * Staff sign in with a form (browser pages keep a session and a CSRF cookie); kiosks and API clients
 * send HTTP Basic on each request. Health is public; everything else needs an account.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(LoginProtection.class)
class SecurityConfiguration {

    /**
     * Pages load scripts and styles only from this service (no inline script; ECharts sets inline styles on its
     * tooltips, hence 'unsafe-inline' for styles only), are never framed, and send no referrer to other sites.
     * care-facility-service sends the same policy.
     */
    static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
                    + " img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none';"
                    + " base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private final RateLimits loginFailures;
    private final RateLimits scans;

    SecurityConfiguration(LoginProtection protection) {
        this.loginFailures = new RateLimits(protection.failedLoginsPerMinute());
        this.scans = new RateLimits(protection.scansPerMinute());
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    CachingAuthenticationProvider cachingAuthenticationProvider(
            UserDetailsService accounts, PasswordEncoder passwordEncoder, AccountLocks locks) {
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(accounts);
        dao.setPasswordEncoder(passwordEncoder);
        return new CachingAuthenticationProvider(new LoginGuard(dao, locks, loginFailures));
    }

    @Bean
    AuthenticationManager authenticationManager(CachingAuthenticationProvider provider) {
        return new ProviderManager(provider);
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationManager authenticationManager)
            throws Exception {
        ProblemAuthenticationEntryPoint problems = new ProblemAuthenticationEntryPoint();
        MediaTypeRequestMatcher browserPage = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
        browserPage.setIgnoredMediaTypes(java.util.Set.of(MediaType.ALL));
        http.authenticationManager(authenticationManager)
                .authorizeHttpRequests(auth -> auth.requestMatchers(
                                "/actuator/health",
                                "/actuator/health/**",
                                "/login",
                                "/login.html",
                                "/js/login.js",
                                "/error",
                                "/favicon.ico",
                                "/css/**",
                                "/webjars/**")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .formLogin(form -> form.loginPage("/login")
                        .failureHandler(new ExceptionMappingAuthenticationFailureHandler() {
                            {
                                setDefaultFailureUrl("/login?error");
                                setExceptionMappings(
                                        java.util.Map.of(LockedException.class.getName(), "/login?locked"));
                            }
                        })
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
                .addFilterBefore(new ThrottleFilter(loginFailures), UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(new ScanThrottleFilter(scans), AuthorizationFilter.class)
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny())
                        .contentTypeOptions(org.springframework.security.config.Customizer.withDefaults())
                        .referrerPolicy(referrer -> referrer.policy(
                                ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .addHeaderWriter(new StaticHeadersWriter(
                                "Permissions-Policy", "camera=(self), geolocation=(self), microphone=()")));
        return http.build();
    }

    /** Only a browser session can be ridden by a forged cross-site request. */
    private static boolean hasSessionCookie(jakarta.servlet.http.HttpServletRequest request) {
        if (request.getCookies() == null) {
            return false;
        }
        for (jakarta.servlet.http.Cookie cookie : request.getCookies()) {
            if ("JSESSIONID".equals(cookie.getName())) {
                return true;
            }
        }
        return false;
    }
}
