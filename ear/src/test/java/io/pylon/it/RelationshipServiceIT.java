package io.pylon.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.pylon.account.AccountDraft;
import io.pylon.account.Accounts;
import io.pylon.account.AgencyType;
import io.pylon.relationship.FollowUpDraft;
import io.pylon.relationship.FollowUps;
import io.pylon.relationship.InteractionDetails;
import io.pylon.relationship.InteractionDraft;
import io.pylon.relationship.InteractionKind;
import io.pylon.relationship.Interactions;
import io.pylon.shared.PageRequest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.assertj.core.api.Assertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The relationship services inside the container: the SQL they run does not grow with the rows they answer. */
@InContainerTest
class RelationshipServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.pylonEarWith(RelationshipServiceIT.class, Assertions.class);
    }

    @Inject
    Accounts accounts;

    @Inject
    Interactions interactions;

    @Inject
    FollowUps followUps;

    @PersistenceUnit(unitName = "pylon")
    EntityManagerFactory entityManagerFactory;

    @AfterEach
    void signOut() {
        SecurityUtils.getSubject().logout();
    }

    @Test
    void myFollowUpsAndDueVisitsTakeTheSameStatementsHoweverMany() {
        signIn("am");
        long few = statements(this::myAgendaSize);
        LocalDate today = LocalDate.now();
        for (int account = 0; account < 5; account++) {
            long accountId = newAccount();
            interactions.record(accountId, visit(today.minusMonths(8 + account)), Collections.nCopies(6,
                    new FollowUpDraft("Send the minutes", "am", today.minusDays(account))));
        }
        long many = statements(this::myAgendaSize);
        assertThat(many).as("statements for my follow-ups after 30 more and 5 more accounts led").isEqualTo(few);
        assertThat(few).isLessThanOrEqualTo(6);
    }

    @Test
    void aTimelinePageTakesTheSameStatementsWhateverItsSize() {
        signIn("am");
        long accountId = newAccount();
        LocalDate today = LocalDate.now();
        for (int i = 0; i < 12; i++) {
            interactions.record(accountId, new InteractionDraft(new InteractionDetails(InteractionKind.MEETING,
                            today.minusDays(i), "Meeting " + i, null), Set.of("am", "bid"), Set.of()),
                    List.of(new FollowUpDraft("Follow up " + i, "am", today.plusDays(i))));
        }
        long small = statements(() -> timelineSize(accountId, 2));
        long large = statements(() -> timelineSize(accountId, 12));
        assertThat(large).as("statements for a page of 12 interactions").isEqualTo(small);
        // The account, the count, the page, its three collections, the users' roles, and the realm's permission lookup.
        assertThat(small).isLessThanOrEqualTo(10);
    }

    private long newAccount() {
        return accounts.create(new AccountDraft("Statement Guard Agency " + UUID.randomUUID(), null, "GHA",
                AgencyType.AGENCY, null, null, null)).id();
    }

    private static InteractionDraft visit(LocalDate on) {
        return new InteractionDraft(new InteractionDetails(InteractionKind.VISIT, on, "Visit", null), Set.of("am"), Set.of());
    }

    /** Reads what the API shows of the agenda: account names included. */
    private int myAgendaSize() {
        FollowUps.Agenda agenda = followUps.mine();
        return agenda.followUps().stream().mapToInt(followUp -> followUp.interaction().account().name().length()).sum()
                + agenda.visits().stream().mapToInt(visit -> visit.account().name().length()).sum();
    }

    /** Reads what the API shows of a timeline page: participants and follow-ups with their owners. */
    private int timelineSize(long accountId, int pageSize) {
        return interactions.timeline(accountId, new PageRequest(0, pageSize)).items().stream()
                .mapToInt(interaction -> interaction.ourParticipants().stream().mapToInt(user -> user.displayName().length()).sum()
                        + interaction.theirParticipants().size()
                        + interaction.followUps().stream().mapToInt(followUp -> followUp.owner().displayName().length()).sum())
                .sum();
    }

    private long statements(Supplier<Integer> work) {
        Statements.Counted<Integer> counted = Statements.countedIn(entityManagerFactory, work);
        assertThat(counted.result()).isPositive();
        return counted.statements();
    }

    private static void signIn(String username) {
        SecurityUtils.getSubject().logout();
        SecurityUtils.getSubject().login(new UsernamePasswordToken(username, "pylon-demo"));
    }
}
