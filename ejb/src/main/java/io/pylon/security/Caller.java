package io.pylon.security;

import java.util.Objects;
import org.apache.shiro.mgt.SecurityManager;
import org.apache.shiro.subject.SimplePrincipalCollection;
import org.apache.shiro.subject.Subject;

/**
 * The signed-in user, taken from the request thread so that work started for them elsewhere
 * (an asynchronous job) runs as them: with their permissions, and stamped with their name in
 * the audit trail. Shiro's security manager is bound to request threads only, so it travels
 * along.
 */
public record Caller(String username, SecurityManager securityManager) {

    /** The realm's name, as io.pylon.security.PylonRealm in the web module gives it. */
    private static final String REALM = "pylon";

    public Caller {
        Objects.requireNonNull(username);
        Objects.requireNonNull(securityManager);
    }

    /** Runs {@code work} on this thread as the user; permissions are looked up afresh, as on every request. */
    public void run(Runnable work) {
        Subject subject = new Subject.Builder(securityManager)
                .principals(new SimplePrincipalCollection(username, REALM))
                .authenticated(true)
                .buildSubject();
        subject.execute(work);
    }
}
