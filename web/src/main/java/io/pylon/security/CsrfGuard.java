package io.pylon.security;

import io.pylon.api.ProblemResponses;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import org.apache.shiro.web.filter.PathMatchingFilter;
import org.apache.shiro.web.util.WebUtils;

/**
 * Cross-site request forgery guard for callers signed in by session cookie: a state-changing
 * request must carry the session's token in {@value #HEADER}. API clients that send their
 * credentials with every request (HTTP Basic) carry no ambient authority and need no token.
 */
public class CsrfGuard extends PathMatchingFilter {

    public static final String HEADER = "X-CSRF-Token";
    static final String SESSION_ATTRIBUTE = CsrfGuard.class.getName();

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final SecureRandom RANDOM = new SecureRandom();

    static String issueToken(HttpSession session) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        session.setAttribute(SESSION_ATTRIBUTE, token);
        return token;
    }

    /** The session's token, for the signed-in browser to read from {@code GET /api/session}. */
    public static String tokenOf(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? null : (String) session.getAttribute(SESSION_ATTRIBUTE);
    }

    @Override
    protected boolean onPreHandle(ServletRequest request, ServletResponse response, Object mappedValue) {
        HttpServletRequest http = WebUtils.toHttp(request);
        if (SAFE_METHODS.contains(http.getMethod()) || http.getHeader("Authorization") != null) {
            return true;
        }
        String expected = tokenOf(http);
        String sent = http.getHeader(HEADER);
        if (expected != null && sent != null && MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8))) {
            return true;
        }
        ProblemResponses.write(WebUtils.toHttp(response), 403, "Forbidden",
                "missing or wrong " + HEADER + " header: read the token from GET /api/session", http.getRequestURI());
        return false;
    }
}
