package cn.xingfu.care.shared.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs before authentication: a user name or client address that has used up its failed sign-ins for the minute gets
 * 429 (with Retry-After) before any password is checked, whatever it sends. Only failures count (see {@link
 * LoginGuard}), so a kiosk sending correct Basic credentials on every request is never slowed down.
 */
class ThrottleFilter extends OncePerRequestFilter {

    private final RateLimits failures;

    ThrottleFilter(RateLimits failures) {
        this.failures = failures;
    }

    static String userKey(String username) {
        return "user:" + username;
    }

    static String addressKey(String address) {
        return "address:" + address;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String username = attemptedUsername(request);
        if (username != null) {
            Optional<Duration> wait = failures.exhausted(userKey(username))
                    .or(() -> failures.exhausted(addressKey(request.getRemoteAddr())));
            if (wait.isPresent()) {
                TooManyRequests.write(
                        request,
                        response,
                        wait.get(),
                        "LOGIN_RATE_LIMITED",
                        "登录失败次数过多，请稍后再试",
                        "Too many failed sign-ins; try again later");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static @Nullable String attemptedUsername(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(
                        Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                return colon < 0 ? decoded : decoded.substring(0, colon);
            } catch (IllegalArgumentException malformed) {
                return null;
            }
        }
        if ("POST".equals(request.getMethod()) && "/login".equals(path(request))) {
            return request.getParameter("username");
        }
        return null;
    }

    /** The path inside the application (MockMvc and some containers leave the servlet path empty). */
    static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
