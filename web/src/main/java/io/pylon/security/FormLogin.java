package io.pylon.security;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.web.filter.authc.FormAuthenticationFilter;
import org.apache.shiro.web.util.WebUtils;

/**
 * The browser's login: the login page posts username and password to {@code /login}. On
 * success the session gets a new id (against session fixation) and a fresh CSRF token; on
 * failure the answer waits, then sends the browser back to the login page.
 */
public class FormLogin extends FormAuthenticationFilter {

    static final String LOGIN_PAGE = "/login.html";

    /** A posted login always signs in anew, even over a live session: that renews the session id too. */
    @Override
    protected boolean isAccessAllowed(ServletRequest request, ServletResponse response, Object mappedValue) {
        return !isLoginSubmission(request, response) && super.isAccessAllowed(request, response, mappedValue);
    }

    @Override
    protected boolean onAccessDenied(ServletRequest request, ServletResponse response) throws Exception {
        if (isLoginSubmission(request, response)) {
            return executeLogin(request, response);
        }
        WebUtils.issueRedirect(request, response, LOGIN_PAGE);
        return false;
    }

    @Override
    protected boolean onLoginSuccess(AuthenticationToken token, Subject subject, ServletRequest request,
                                     ServletResponse response) throws Exception {
        HttpServletRequest http = WebUtils.toHttp(request);
        http.changeSessionId();
        CsrfGuard.issueToken(http.getSession());
        WebUtils.issueRedirect(request, response, getSuccessUrl());
        return false;
    }

    @Override
    protected boolean onLoginFailure(AuthenticationToken token, AuthenticationException e, ServletRequest request,
                                     ServletResponse response) {
        FailedLoginDelay.pause();
        try {
            WebUtils.issueRedirect(request, response, LOGIN_PAGE + "?failed");
        } catch (IOException io) {
            throw new IllegalStateException(io);
        }
        return false;
    }
}
