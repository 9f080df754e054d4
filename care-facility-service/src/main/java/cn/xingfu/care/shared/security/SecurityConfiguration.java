package cn.xingfu.care.shared.security;

import cn.xingfu.care.shared.web.Problems;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Browsers sign in with the form at /login (session + CSRF cookie); API clients send HTTP Basic on
 * every request. Health is public, everything else needs a care account. Failures are problem+json.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LoginProtection.class)
class SecurityConfiguration {

    /** The same policy as canteen-service's: scripts and styles from this service only, never framed. */
    static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
                    + " img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none';"
                    + " base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    UserDetailsService careAccountDetails(CareAccounts accounts, TransactionTemplate tx) {
        return username -> tx.execute(status -> accounts.findByUsername(username)
                .map(account -> new AccountPrincipal(account.toActor(), account.getPasswordHash(), account.isActive()))
                .orElseThrow(() -> new UsernameNotFoundException("no such care account")));
    }

    /** As in canteen-service: a locked account is refused before BCrypt, failures count towards the lock and limits. */
    @Bean
    AuthenticationManager careAuthenticationManager(
            UserDetailsService careAccountDetails, PasswordEncoder passwordEncoder, AccountLocks locks) {
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(careAccountDetails);
        dao.setPasswordEncoder(passwordEncoder);
        return new ProviderManager(new LoginGuard(dao, locks, loginFailures));
    }

    private final RateLimits loginFailures;

    SecurityConfiguration(LoginProtection protection) {
        this.loginFailures = new RateLimits(protection.failedLoginsPerMinute());
    }

    @Bean
    SecurityFilterChain careSecurity(HttpSecurity http, AuthenticationManager careAuthenticationManager)
            throws Exception {
        AuthenticationEntryPoint apiEntryPoint = (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"xingfu-care\"");
            if (e instanceof LockedException) {
                write(
                        response,
                        Problems.of(
                                HttpStatus.UNAUTHORIZED,
                                "ACCOUNT_LOCKED",
                                "登录失败次数过多，账号已暂时锁定；请稍后再试或联系区级管理员解锁",
                                "Too many failed sign-ins: the account is locked for a while (a district administrator can unlock it)",
                                request.getLocale()));
                return;
            }
            write(
                    response,
                    Problems.of(
                            HttpStatus.UNAUTHORIZED,
                            "AUTHENTICATION_REQUIRED",
                            "请先登录（或用户名、密码不正确）",
                            "Sign in first (or the user name or password is wrong)",
                            request.getLocale()));
        };
        MediaTypeRequestMatcher browserPage = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
        browserPage.setIgnoredMediaTypes(Set.of(MediaType.ALL));
        http.authenticationManager(careAuthenticationManager)
                .addFilterBefore(new ThrottleFilter(loginFailures), UsernamePasswordAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth.requestMatchers(
                                "/actuator/health",
                                "/actuator/health/**",
                                "/login",
                                "/login.html",
                                "/login.js",
                                "/error",
                                "/favicon.ico")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(apiEntryPoint))
                .formLogin(form -> form.loginPage("/login").permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
                                new LoginUrlAuthenticationEntryPoint("/login"), browserPage)
                        .defaultAuthenticationEntryPointFor(apiEntryPoint, request -> true)
                        .accessDeniedHandler((request, response, e) -> write(
                                response,
                                Problems.of(
                                        HttpStatus.FORBIDDEN,
                                        "ACCESS_DENIED",
                                        "您没有权限进行此操作",
                                        "You are not allowed to do this",
                                        request.getLocale()))))
                // Basic clients send no cookies, so CSRF cannot reach them; browser sessions echo XSRF-TOKEN.
                // as in canteen-service: spa() accepts the raw XSRF-TOKEN cookie value in X-XSRF-TOKEN
                .csrf(csrf -> csrf.spa()
                        .ignoringRequestMatchers(request -> request.getHeader("Authorization") != null)
                        .ignoringRequestMatchers("/login"))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny())
                        .contentTypeOptions(org.springframework.security.config.Customizer.withDefaults())
                        .referrerPolicy(referrer -> referrer.policy(
                                ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .addHeaderWriter(new StaticHeadersWriter(
                                "Permissions-Policy", "camera=(self), geolocation=(self), microphone=()")));
        return http.build();
    }

    private static void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        JSON.writeValue(response.getOutputStream(), Problems.body(problem));
    }
}
