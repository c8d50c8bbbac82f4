package io.pylon.account;

import io.pylon.security.CurrentUser;
import io.pylon.security.Permissions;
import io.pylon.security.User;
import io.pylon.security.Users;
import io.pylon.shared.NotFound;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * Account teams. Whoever may see an account sees its team; ADMIN and the account managers on
 * the team change it. Membership takes effect on the member's next request.
 */
@Stateless
public class Teams {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Accounts accounts;

    @Inject
    Users users;

    /** The outcome of an assignment: the member, and whether they joined just now. */
    public record Assignment(TeamMember member, boolean joined) {
    }

    public List<TeamMember> of(long accountId) {
        accounts.find(accountId);
        return em.createQuery("""
                        select m from TeamMember m join fetch m.user u
                        where m.account.id = :account order by u.username""", TeamMember.class)
                .setParameter("account", accountId)
                .getResultList();
    }

    /** Puts the user on the team in the role, or gives a member the role. */
    public Assignment assign(long accountId, String username, TeamRole role) {
        Account account = requireManageable(accountId);
        User user = users.byUsername(username).orElseThrow(() -> new NotFound("user", username));
        Optional<TeamMember> existing = membership(accountId, username);
        if (existing.isPresent()) {
            existing.get().reassign(role);
            return new Assignment(existing.get(), false);
        }
        TeamMember member = new TeamMember(account, user, role);
        em.persist(member);
        return new Assignment(member, true);
    }

    public void remove(long accountId, String username) {
        requireManageable(accountId);
        em.remove(membership(accountId, username).orElseThrow(() -> new NotFound("team member", username)));
    }

    private Account requireManageable(long accountId) {
        Account account = accounts.find(accountId);
        currentUser.require(Permissions.manageTeam(accountId),
                "only administrators and the account managers on its team change an account's team");
        return account;
    }

    private Optional<TeamMember> membership(long accountId, String username) {
        return em.createQuery("""
                        select m from TeamMember m join fetch m.user u
                        where m.account.id = :account and u.username = :username""", TeamMember.class)
                .setParameter("account", accountId)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }
}
