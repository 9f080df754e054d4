package cn.xingfu.canteen.shared.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;
import java.time.Duration;
import java.util.Optional;

/**
 * Per-key rate limiters of resilience4j (one limiter per user name, client address or kiosk), forgotten ten minutes
 * after their last use. Limits are per service instance: behind a load balancer of n instances a client gets at most
 * n times the limit, which still stops guessing and floods.
 */
final class RateLimits {

    private final RateLimiterConfig config;
    private final Cache<String, RateLimiter> limiters = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(10))
            .maximumSize(100_000)
            .build();

    RateLimits(int perMinute) {
        this.config = RateLimiterConfig.custom()
                .limitForPeriod(perMinute)
                .limitRefreshPeriod(Duration.ofMinutes(1))
                .timeoutDuration(Duration.ZERO)
                .build();
    }

    /** Takes one permit; when none is left, how long until the next one. */
    Optional<Duration> acquire(String key) {
        RateLimiter limiter = limiter(key);
        long wait = limiter.reservePermission();
        if (wait == 0) {
            return Optional.empty();
        }
        return Optional.of(untilNextPermit(limiter));
    }

    /** Whether the key has used up its permits, without taking one; then how long until the next. */
    Optional<Duration> exhausted(String key) {
        RateLimiter limiter = limiters.getIfPresent(key);
        if (limiter == null || limiter.getMetrics().getAvailablePermissions() > 0) {
            return Optional.empty();
        }
        return Optional.of(untilNextPermit(limiter));
    }

    private RateLimiter limiter(String key) {
        return limiters.get(key, k -> RateLimiter.of(k, config));
    }

    private static Duration untilNextPermit(RateLimiter limiter) {
        long nanos = limiter instanceof AtomicRateLimiter atomic
                ? atomic.getDetailedMetrics().getNanosToWait()
                : 0;
        return nanos > 0 ? Duration.ofNanos(nanos) : Duration.ofSeconds(1);
    }
}
