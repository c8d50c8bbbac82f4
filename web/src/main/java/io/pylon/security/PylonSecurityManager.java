package io.pylon.security;

import org.apache.shiro.web.mgt.DefaultWebSecurityManager;

/**
 * Shiro's web security manager without "remember me": a browser stays signed in only as long
 * as its session, and API clients get no cookies at all.
 */
public class PylonSecurityManager extends DefaultWebSecurityManager {

    public PylonSecurityManager() {
        setRememberMeManager(null);
    }
}
