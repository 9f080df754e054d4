package cn.xingfu.canteen.shared.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;

/** The Basic-credentials cache: one BCrypt per burst, renewal by one request, refusal as soon as it is noticed. */
class CachingAuthenticationProviderTests {

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final CountingDelegate delegate = new CountingDelegate();
    private final CachingAuthenticationProvider provider = new CachingAuthenticationProvider(delegate, nanos::get);
    private final List<Thread> workers = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final ExecutorService pool = Executors.newFixedThreadPool(16, task -> {
        Thread worker = new Thread(task);
        workers.add(worker);
        return worker;
    });

    @AfterEach
    void stop() {
        delegate.release.countDown();
        pool.shutdownNow();
    }

    @Test
    void aBurstOfFirstRequestsOfOneKioskRunsOneCheckAndAllGetItsAnswer() throws Exception {
        delegate.holdChecks();
        List<Future<Authentication>> burst = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            burst.add(pool.submit(() -> provider.authenticate(kiosk("right"))));
        }
        delegate.awaitFirstCheck();
        awaitBlocked(15);
        delegate.release.countDown();

        for (Future<Authentication> answer : burst) {
            assertThat(answer.get(10, TimeUnit.SECONDS).isAuthenticated()).isTrue();
        }
        assertThat(delegate.checks).hasValue(1);
    }

    @Test
    void halfWayThroughItsLifeOneRequestChecksAgainAndTheEntryLivesOn() {
        provider.authenticate(kiosk("right"));
        advance(CachingAuthenticationProvider.TTL.dividedBy(2).plusSeconds(1));

        provider.authenticate(kiosk("right"));
        provider.authenticate(kiosk("right"));
        assertThat(delegate.checks).hasValue(2);

        // renewed: good for another full life from the renewal, not from the first check
        advance(CachingAuthenticationProvider.TTL.dividedBy(2).minusSeconds(2));
        provider.authenticate(kiosk("right"));
        assertThat(delegate.checks).hasValue(2);
    }

    @Test
    void anAccountDeactivatedSinceItsLastCheckIsRefusedAtTheRenewalAndNotRememberedAnyMore() {
        provider.authenticate(kiosk("right"));
        advance(CachingAuthenticationProvider.TTL.dividedBy(2).plusSeconds(1));
        delegate.refusal.set(new DisabledException("deactivated"));

        assertThatThrownBy(() -> provider.authenticate(kiosk("right"))).isInstanceOf(DisabledException.class);
        assertThatThrownBy(() -> provider.authenticate(kiosk("right"))).isInstanceOf(DisabledException.class);
        assertThat(delegate.checks).hasValue(3);
    }

    @Test
    void anExpiredEntryIsCheckedAgainAndAWrongPasswordIsNeverRemembered() {
        provider.authenticate(kiosk("right"));
        advance(CachingAuthenticationProvider.TTL.plusSeconds(1));
        provider.authenticate(kiosk("right"));
        assertThat(delegate.checks).hasValue(2);

        assertThatThrownBy(() -> provider.authenticate(kiosk("wrong"))).isInstanceOf(DisabledException.class);
        assertThatThrownBy(() -> provider.authenticate(kiosk("wrong"))).isInstanceOf(DisabledException.class);
        assertThat(delegate.checks).hasValue(4);
    }

    /** Until {@code count} workers wait for the first check's answer (blocked on its entry, not running a check). */
    private void awaitBlocked(int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (workers.stream()
                        .filter(w -> w.getState() == Thread.State.BLOCKED)
                        .count()
                < count) {
            assertThat(System.nanoTime())
                    .as("workers blocked on the entry in time")
                    .isLessThan(deadline);
            TimeUnit.MILLISECONDS.sleep(5);
        }
    }

    private void advance(Duration by) {
        nanos.addAndGet(by.toNanos());
    }

    private static Authentication kiosk(String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated("k1", password);
    }

    /** Stands in for the BCrypt check: counts, can be held, refuses "wrong" and whatever it is told to refuse. */
    private static final class CountingDelegate implements AuthenticationProvider {

        final AtomicInteger checks = new AtomicInteger();
        final AtomicReference<RuntimeException> refusal = new AtomicReference<>();
        final CountDownLatch firstCheck = new CountDownLatch(1);
        volatile CountDownLatch release = new CountDownLatch(0);

        void holdChecks() {
            release = new CountDownLatch(1);
        }

        void awaitFirstCheck() throws InterruptedException {
            assertThat(firstCheck.await(10, TimeUnit.SECONDS)).isTrue();
        }

        @Override
        public Authentication authenticate(Authentication authentication) {
            checks.incrementAndGet();
            firstCheck.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            RuntimeException refused = refusal.get();
            if (refused != null || "wrong".equals(authentication.getCredentials())) {
                throw refused != null ? refused : new DisabledException("wrong password");
            }
            return UsernamePasswordAuthenticationToken.authenticated(
                    authentication.getName(), null, AuthorityUtils.createAuthorityList("ROLE_KIOSK"));
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return true;
        }
    }
}
