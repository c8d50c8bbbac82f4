package io.pylon.security;

import jakarta.enterprise.inject.spi.CDI;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.DisabledAccountException;
import org.apache.shiro.authc.SimpleAuthenticationInfo;
import org.apache.shiro.authc.UnknownAccountException;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.authc.credential.PasswordMatcher;
import org.apache.shiro.authz.AuthorizationInfo;
import org.apache.shiro.authz.SimpleAuthorizationInfo;
import org.apache.shiro.realm.AuthorizingRealm;
import org.apache.shiro.subject.PrincipalCollection;

/**
 * Pylon's users as a Shiro realm: Argon2id password hashes, roles, and the per-account
 * permissions that account-team membership grants. The principal is the username.
 */
public class PylonRealm extends AuthorizingRealm {

    public PylonRealm() {
        PasswordMatcher matcher = new PasswordMatcher();
        matcher.setPasswordService(Passwords.service());
        setCredentialsMatcher(matcher);
        // Team membership changes must take effect at once, on every instance: no cache.
        setAuthorizationCachingEnabled(false);
        setName("pylon");
    }

    @Override
    public boolean supports(AuthenticationToken token) {
        return token instanceof UsernamePasswordToken;
    }

    @Override
    protected AuthenticationInfo doGetAuthenticationInfo(AuthenticationToken token) throws AuthenticationException {
        String username = ((UsernamePasswordToken) token).getUsername();
        Credentials credentials = users().credentials(username)
                .orElseThrow(() -> new UnknownAccountException("unknown user"));
        if (!credentials.enabled()) {
            throw new DisabledAccountException("user disabled");
        }
        return new SimpleAuthenticationInfo(credentials.username(), credentials.passwordHash(), getName());
    }

    @Override
    protected AuthorizationInfo doGetAuthorizationInfo(PrincipalCollection principals) {
        String username = (String) getAvailablePrincipal(principals);
        Credentials credentials = users().credentials(username).orElseThrow();
        SimpleAuthorizationInfo info = new SimpleAuthorizationInfo();
        credentials.roles().forEach(role -> info.addRole(role.name()));
        info.setStringPermissions(credentials.permissions());
        return info;
    }

    private static Users users() {
        return CDI.current().select(Users.class).get();
    }
}
