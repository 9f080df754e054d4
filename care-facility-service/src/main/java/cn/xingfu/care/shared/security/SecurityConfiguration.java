package cn.xingfu.care.shared.security;

import cn.xingfu.kernel.security.SignIn;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Browsers sign in with the form at /login (session + CSRF cookie); API clients send HTTP Basic on
 * every request ({@link SignIn}, shared with canteen-service). Health is public, everything else needs a
 * care account. Failures are problem+json.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LoginProtection.class)
class SecurityConfiguration {

    private final RateLimits loginFailures;

    SecurityConfiguration(LoginProtection protection) {
        this.loginFailures = new RateLimits(protection.failedLoginsPerMinute());
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    UserDetailsService careAccountDetails(CareAccounts accounts, TransactionTemplate tx) {
        return username -> tx.execute(status -> accounts.findByUsername(username)
                .map(account -> new AccountPrincipal(account.toActor(), account.passwordHash(), account.active()))
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

    @Bean
    SecurityFilterChain careSecurity(HttpSecurity http, AuthenticationManager careAuthenticationManager)
            throws Exception {
        http.authenticationManager(careAuthenticationManager)
                .addFilterBefore(new ThrottleFilter(loginFailures), UsernamePasswordAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth.requestMatchers(SignIn.PUBLIC_PATHS)
                        .permitAll()
                        .anyRequest()
                        .authenticated());
        return SignIn.formAndBasic(http).build();
    }
}
