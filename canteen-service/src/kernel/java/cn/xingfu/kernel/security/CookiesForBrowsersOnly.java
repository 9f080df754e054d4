package cn.xingfu.kernel.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;

/**
 * The XSRF-TOKEN cookie, written for browser sessions only. Every response hands the cookie out so that page
 * scripts can echo it; a Basic-auth client (kiosk, script) keeps no cookies and is not subject to CSRF, so for it the
 * cookie was made, encoded, sent and dropped on every request: a few percent of an order's CPU at the lunch rush.
 */
final class CookiesForBrowsersOnly implements CsrfTokenRepository {

    private final CookieCsrfTokenRepository cookies = CookieCsrfTokenRepository.withHttpOnlyFalse();

    @Override
    public CsrfToken generateToken(HttpServletRequest request) {
        return cookies.generateToken(request);
    }

    @Override
    public void saveToken(@Nullable CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
        if (!carriesCredentials(request)) {
            cookies.saveToken(token, request, response);
        }
    }

    /** A request that authenticates itself (Basic), and so neither needs CSRF protection nor keeps cookies. */
    static boolean carriesCredentials(HttpServletRequest request) {
        return request.getHeader("Authorization") != null;
    }

    @Override
    public @Nullable CsrfToken loadToken(HttpServletRequest request) {
        return cookies.loadToken(request);
    }
}
