package io.pylon.security;

import io.pylon.shared.Forbidden;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.subject.Subject;

/**
 * The signed-in user as the services see them: Shiro's subject, bound to the thread by the web
 * filter, asked for permissions built by {@link Permissions}.
 */
@ApplicationScoped
public class CurrentUser {

    public String username() {
        Object principal = subject().getPrincipal();
        if (principal == null) {
            throw new Forbidden("not signed in");
        }
        return principal.toString();
    }

    /** The user as work started for them on another thread needs them; see {@link Caller}. */
    public Caller caller() {
        return new Caller(username(), SecurityUtils.getSecurityManager());
    }

    public boolean isPermitted(String permission) {
        return subject().isPermitted(permission);
    }

    public void require(String permission, String whatIsRefused) {
        if (!isPermitted(permission)) {
            throw new Forbidden(whatIsRefused);
        }
    }

    /** Whether the user holds one of these roles. */
    public boolean hasAnyRole(Set<Role> roles) {
        Subject subject = subject();
        return roles.stream().anyMatch(role -> subject.hasRole(role.name()));
    }

    /** A member of the account's team who only reads it (a VIEWER) is refused: 403. */
    public void requireWriter(long accountId) {
        require(Permissions.writeAccount(accountId), "you may read this account but not change it");
    }

    private static Subject subject() {
        return SecurityUtils.getSubject();
    }
}
