package io.pylon.audit;

import org.apache.shiro.SecurityUtils;
import org.apache.shiro.UnavailableSecurityManagerException;
import org.apache.shiro.subject.Subject;
import org.hibernate.envers.RevisionListener;

/** Stamps each revision with the signed-in user, or {@code system} for start-up work. */
public class RevisionAuthor implements RevisionListener {

    static final String SYSTEM = "system";

    @Override
    public void newRevision(Object revision) {
        ((Revision) revision).madeBy(currentUsername());
    }

    private static String currentUsername() {
        try {
            Subject subject = SecurityUtils.getSubject();
            Object principal = subject.getPrincipal();
            return principal == null ? SYSTEM : principal.toString();
        } catch (UnavailableSecurityManagerException | IllegalStateException noSubject) {
            return SYSTEM;
        }
    }
}
