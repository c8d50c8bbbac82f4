package io.pylon.relationship;

import io.pylon.account.Account;
import io.pylon.account.TeamRole;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * When accounts were last visited and are next due for a visit, by the cadence of their tier.
 * Callers have checked that the account may be seen.
 */
@Stateless
public class Visits {

    private static final String LAST_VISIT =
            "(select max(i.occurredOn) from Interaction i where i.account = a and i.kind = :visit)";

    @PersistenceContext
    EntityManager em;

    @Inject
    VisitCadences cadences;

    private final Clock clock = Clock.systemUTC();

    public VisitSchedule of(Account account) {
        LocalDate lastVisit = em.createQuery("select " + LAST_VISIT + " from Account a where a = :account",
                        LocalDate.class)
                .setParameter("visit", InteractionKind.VISIT)
                .setParameter("account", account)
                .getSingleResult();
        return VisitSchedule.of(account.tier(), cadences.inForce(), lastVisit, LocalDate.now(clock));
    }

    /** The accounts the user leads whose visit is due or overdue, the most urgent first: two statements. */
    public List<AccountVisit> dueFor(String username) {
        VisitCadence cadence = cadences.inForce();
        LocalDate today = LocalDate.now(clock);
        return em.createQuery("select a, " + LAST_VISIT + """
                         from TeamMember m join m.account a
                        where m.user.username = :username and m.teamRole = :lead""", Object[].class)
                .setParameter("visit", InteractionKind.VISIT)
                .setParameter("username", username)
                .setParameter("lead", TeamRole.ACCOUNT_LEAD)
                .getResultStream()
                .map(row -> {
                    Account account = (Account) row[0];
                    return new AccountVisit(account, VisitSchedule.of(account.tier(), cadence, (LocalDate) row[1], today));
                })
                .filter(visit -> visit.schedule().needsVisit())
                .sorted(Comparator.comparing((AccountVisit visit) -> visit.schedule().nextDue())
                        .thenComparing(visit -> visit.account().name()))
                .toList();
    }
}
