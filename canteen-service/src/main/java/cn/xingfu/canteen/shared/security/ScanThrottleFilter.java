package cn.xingfu.canteen.shared.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Card scans per kiosk (or staff account) and minute: a device flooding the scan endpoints, or a script trying
 * tokens and short codes through a stolen kiosk login, gets 429 with Retry-After. Runs after authentication, keyed
 * by the account id.
 */
class ScanThrottleFilter extends OncePerRequestFilter {

    private static final Set<String> SCANS = Set.of("/api/kiosk/scan", "/api/cards/scan");

    private final RateLimits scans;

    ScanThrottleFilter(RateLimits scans) {
        this.scans = scans;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !SCANS.contains(ThrottleFilter.path(request));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Actor> actor = CurrentActor.current();
        if (actor.isPresent()) {
            Optional<Duration> wait = scans.acquire("scanner:" + actor.get().id());
            if (wait.isPresent()) {
                TooManyRequests.write(
                        request,
                        response,
                        wait.get(),
                        "SCAN_RATE_LIMITED",
                        "刷卡过于频繁，请稍后再试",
                        "Too many card scans from this device; try again shortly");
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
