package io.pylon.security;

import io.pylon.api.ProblemResponses;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.web.filter.authc.BasicHttpAuthenticationFilter;
import org.apache.shiro.web.util.WebUtils;

/**
 * Guards {@code /api}: a browser's signed-in session passes, an API client signs in with HTTP
 * Basic on each request, anyone else gets a 401 problem. Browsers calling with
 * {@code X-Requested-With} get no Basic challenge, so no login dialog pops up over the UI.
 */
public class ApiAuthentication extends BasicHttpAuthenticationFilter {

    @Override
    protected boolean onLoginFailure(AuthenticationToken token, AuthenticationException e,
                                     ServletRequest request, ServletResponse response) {
        FailedLoginDelay.pause();
        return false;
    }

    @Override
    protected boolean sendChallenge(ServletRequest request, ServletResponse response) {
        HttpServletRequest http = WebUtils.toHttp(request);
        HttpServletResponse httpResponse = WebUtils.toHttp(response);
        if (!"XMLHttpRequest".equals(http.getHeader("X-Requested-With"))) {
            httpResponse.setHeader(AUTHENTICATE_HEADER, "Basic realm=\"pylon\"");
        }
        boolean attempted = isLoginAttempt(request, response);
        ProblemResponses.write(httpResponse, 401, "Unauthorized",
                attempted ? "wrong username or password" : "sign in first: HTTP Basic, or the login page",
                http.getRequestURI());
        return false;
    }

    @Override
    protected boolean isAccessAllowed(ServletRequest request, ServletResponse response, Object mappedValue) {
        Subject subject = getSubject(request, response);
        return subject.isAuthenticated() && subject.getPrincipal() != null;
    }
}
