package cn.xingfu.canteen.shared.security;

import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Sits between the credential cache and the password check, so it runs only when BCrypt would: refuses a locked
 * account before its password is even checked, counts a wrong password towards the lock and towards the per-name
 * and per-address limits of failed attempts, and clears the count on success.
 */
class LoginGuard implements AuthenticationProvider {

    private final AuthenticationProvider delegate;
    private final AccountLocks locks;
    private final RateLimits failures;

    LoginGuard(AuthenticationProvider delegate, AccountLocks locks, RateLimits failures) {
        this.delegate = delegate;
        this.locks = locks;
        this.failures = failures;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        try {
            return guarded(authentication);
        } catch (DataAccessException e) {
            // the lock table cannot be read (database unreachable): a 503 for the caller, not a 500
            throw new InternalAuthenticationServiceException("the account store cannot be reached", e);
        }
    }

    private Authentication guarded(Authentication authentication) {
        String username = authentication.getName();
        if (locks.lockedUntil(username).isPresent()) {
            throw new LockedException("account locked");
        }
        try {
            Authentication result = delegate.authenticate(authentication);
            locks.succeeded(username);
            return result;
        } catch (BadCredentialsException e) {
            locks.failed(username);
            failures.acquire(ThrottleFilter.userKey(username));
            if (authentication.getDetails() instanceof WebAuthenticationDetails details
                    && details.getRemoteAddress() != null) {
                failures.acquire(ThrottleFilter.addressKey(details.getRemoteAddress()));
            }
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return delegate.supports(authentication);
    }
}
