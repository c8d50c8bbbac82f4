package io.pylon.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.pylon.account.AccountDraft;
import io.pylon.account.Accounts;
import io.pylon.account.AgencyType;
import io.pylon.account.ContactDetails;
import io.pylon.account.Contacts;
import io.pylon.account.Influence;
import io.pylon.scoring.AccountScorer;
import io.pylon.scoring.Ratings;
import io.pylon.scoring.Scoring;
import io.pylon.scoring.ScoringBasis;
import io.pylon.scoring.ScoringSchedule;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.assertj.core.api.Assertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Scoring inside the container: the nightly timer as the container holds it, and the statements a run takes. */
@InContainerTest
class ScoringServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.pylonEarWith(ScoringServiceIT.class, Assertions.class);
    }

    @Inject
    ScoringSchedule schedule;

    @Inject
    AccountScorer scorer;

    @Inject
    Accounts accounts;

    @Inject
    Contacts contacts;

    @Inject
    Scoring scoring;

    @PersistenceUnit(unitName = "pylon")
    EntityManagerFactory entityManagerFactory;

    @AfterEach
    void signOut() {
        SecurityUtils.getSubject().logout();
    }

    @Test
    void theTimerServiceHoldsTheNightlyRun() {
        List<ScoringSchedule.NightlyRun> timers = schedule.timers();

        assertThat(timers).hasSize(1);
        ScoringSchedule.NightlyRun nightly = timers.get(0);
        assertThat(nightly.hour()).isEqualTo("2");
        assertThat(nightly.minute()).isEqualTo("30");
        assertThat(nightly.persistent()).isFalse();
        assertThat(nightly.next()).isBetween(Instant.now(), Instant.now().plus(Duration.ofDays(1)));
    }

    @Test
    void scoringAChunkTakesTheSameStatementsWhateverItsSize() {
        SecurityUtils.getSubject().login(new UsernamePasswordToken("am", Api.DEMO_PASSWORD));
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            long id = accounts.create(new AccountDraft("Statement Count Agency " + i + " " + UUID.randomUUID(), null,
                    "UGA", AgencyType.AGENCY, null, null, null)).id();
            contacts.add(id, new ContactDetails("Contact " + i, null, null, null, null, Influence.INFLUENCER, 1 + i % 5));
            scoring.rate(id, new Ratings(1 + i % 5, 5 - i % 5, "Rated for the statement count"));
            ids.add(id);
        }
        ScoringBasis basis = scorer.basis();

        long few = statementsToScore(ids.subList(0, 3), basis);
        long many = statementsToScore(ids, basis);

        assertThat(many).as("statements to score 40 accounts").isEqualTo(few);
        // About a dozen: the weightings, six measures, two deletes, a batch of scores and one of their parts.
        assertThat(few).as("statements to score 3 accounts").isLessThanOrEqualTo(12);
    }

    private long statementsToScore(List<Long> accountIds, ScoringBasis basis) {
        return Statements.countedIn(entityManagerFactory, () -> {
            scorer.score(accountIds, basis);
            return accountIds;
        }).statements();
    }
}
