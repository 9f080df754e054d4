package cn.xingfu.canteen.shared.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Kiosks and API clients send Basic credentials on every request. Checking BCrypt each time would cost
 * tens of milliseconds of CPU per order, so a successful check is remembered briefly, keyed by a
 * SHA-256 of the credentials (never the password itself). A deactivated account stops working when its
 * entry expires, within {@link #TTL}.
 *
 * <p>A lunch rush sends dozens of requests of one kiosk account at once, so an entry must never expire under them
 * all: each would run BCrypt (the whole burst, tens of milliseconds of CPU each, every two minutes, seen as the
 * orders' p99). Half-way through its life an entry is checked again by one request while the others go on with
 * it, and a first check (or one after an expiry) runs once per credentials while the others wait for its answer.
 */
class CachingAuthenticationProvider implements AuthenticationProvider {

    static final Duration TTL = Duration.ofMinutes(2);

    private final AuthenticationProvider delegate;
    private final Ticker ticker;
    private final Cache<String, Remembered> recent;

    CachingAuthenticationProvider(AuthenticationProvider delegate) {
        this(delegate, Ticker.systemTicker());
    }

    CachingAuthenticationProvider(AuthenticationProvider delegate, Ticker ticker) {
        this.delegate = delegate;
        this.ticker = ticker;
        this.recent = Caffeine.newBuilder()
                .expireAfterWrite(TTL)
                .maximumSize(10_000)
                .ticker(ticker)
                .build();
    }

    @Override
    public @Nullable Authentication authenticate(Authentication authentication) {
        if (!(authentication.getCredentials() instanceof String password)) {
            return delegate.authenticate(authentication);
        }
        String key = fingerprint(authentication.getName(), password);
        Remembered known = recent.getIfPresent(key);
        if (known != null) {
            if (known.dueForRenewal(ticker.read()) && known.renewing.compareAndSet(false, true)) {
                return checkAgain(key, authentication);
            }
            return known.result;
        }
        Remembered checked = recent.get(key, k -> check(authentication));
        return checked == null ? null : checked.result;
    }

    private @Nullable Authentication checkAgain(String key, Authentication authentication) {
        Remembered renewed;
        try {
            renewed = check(authentication);
        } catch (RuntimeException refused) {
            recent.invalidate(key);
            throw refused;
        }
        if (renewed == null) {
            recent.invalidate(key);
            return null;
        }
        recent.put(key, renewed);
        return renewed.result;
    }

    /** Null when the delegate does not decide: nothing is remembered, and the manager asks its next provider. */
    private @Nullable Remembered check(Authentication authentication) {
        Authentication result = delegate.authenticate(authentication);
        return result != null && result.isAuthenticated() ? new Remembered(result, ticker.read()) : null;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    void forgetAll() {
        recent.invalidateAll();
    }

    private static String fingerprint(String username, String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(username.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            return HexFormat.of().formatHex(sha.digest(password.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class Remembered {

        private static final long RENEW_AFTER_NANOS = TTL.toNanos() / 2;

        private final Authentication result;
        private final long checkedAtNanos;
        private final AtomicBoolean renewing = new AtomicBoolean();

        Remembered(Authentication result, long checkedAtNanos) {
            this.result = result;
            this.checkedAtNanos = checkedAtNanos;
        }

        boolean dueForRenewal(long nowNanos) {
            return nowNanos - checkedAtNanos >= RENEW_AFTER_NANOS;
        }
    }
}
