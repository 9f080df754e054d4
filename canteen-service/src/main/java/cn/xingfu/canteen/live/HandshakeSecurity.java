package cn.xingfu.canteen.live;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The WebSocket handshake at {@code /ws} may come with HTTP Basic (kiosks, scripts), a staff session cookie
 * (pages), or neither: a client that cannot set headers on the upgrade request signs in with STOMP's
 * {@code login}/{@code passcode} instead, which {@link StompSecurity} checks on CONNECT. Nothing is sent
 * or received before that check, so letting the upgrade itself through is safe. Cross-site pages are
 * kept out by the endpoint's same-origin check.
 */
@Configuration(proxyBeanMethods = false)
class HandshakeSecurity {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 10)
    SecurityFilterChain stompHandshake(HttpSecurity http, AuthenticationManager authenticationManager)
            throws Exception {
        http.securityMatcher("/ws", "/ws/**")
                .authenticationManager(authenticationManager)
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .httpBasic(basic -> {})
                .csrf(csrf -> csrf.disable());
        return http.build();
    }
}
