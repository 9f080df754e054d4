package cn.xingfu.canteen.shared.security;

import cn.xingfu.kernel.security.SignIn;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

/**
 * Staff sign in with a form (browser pages keep a session and a CSRF cookie); kiosks and API clients
 * send HTTP Basic on each request ({@link SignIn}, shared with care-facility-service). Health is public;
 * everything else needs an account. Basic checks are cached ({@link CachingAuthenticationProvider}).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(LoginProtection.class)
class SecurityConfiguration {

    /** Sent by both services (SignIn). */
    static final String CONTENT_SECURITY_POLICY = SignIn.CONTENT_SECURITY_POLICY;

    private final RateLimits loginFailures;
    private final RateLimits scans;

    SecurityConfiguration(LoginProtection protection) {
        this.loginFailures = new RateLimits(protection.failedLoginsPerMinute());
        this.scans = new RateLimits(protection.scansPerMinute());
    }

    /**
     * No observation of the filter chain, the authentication manager or the authorization manager. The property
     * {@code management.observations.enable.spring.security=false} only drops those observations after the fact:
     * every filter of every request was still wrapped and named, a few percent of an order's CPU at the rush.
     */
    @Bean
    static SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
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
        http.authenticationManager(authenticationManager)
                .authorizeHttpRequests(auth -> auth.requestMatchers(SignIn.PUBLIC_PATHS)
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .addFilterBefore(new ThrottleFilter(loginFailures), UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(new ScanThrottleFilter(scans), AuthorizationFilter.class);
        return SignIn.formAndBasic(http).build();
    }
}
