package cn.xingfu.canteen.shared.security;

import cn.xingfu.kernel.security.SignIn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Staff sign in with a form (browser pages keep a session and a CSRF cookie); kiosks and API clients
 * send HTTP Basic on each request ({@link SignIn}, shared with care-facility-service). Health is public;
 * everything else needs an account. Basic checks are cached ({@link CachingAuthenticationProvider}).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    CachingAuthenticationProvider cachingAuthenticationProvider(
            UserDetailsService accounts, PasswordEncoder passwordEncoder) {
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(accounts);
        dao.setPasswordEncoder(passwordEncoder);
        return new CachingAuthenticationProvider(dao);
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
                        .authenticated());
        return SignIn.formAndBasic(http).build();
    }
}
