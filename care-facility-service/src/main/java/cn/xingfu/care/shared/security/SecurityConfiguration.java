package cn.xingfu.care.shared.security;

import cn.xingfu.kernel.security.SignIn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Browsers sign in with the form at /login (session + CSRF cookie); API clients send HTTP Basic on
 * every request ({@link SignIn}, shared with canteen-service). Health is public, everything else needs a
 * care account. Failures are problem+json.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

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

    @Bean
    SecurityFilterChain careSecurity(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers(SignIn.PUBLIC_PATHS)
                .permitAll()
                .anyRequest()
                .authenticated());
        return SignIn.formAndBasic(http).build();
    }
}
