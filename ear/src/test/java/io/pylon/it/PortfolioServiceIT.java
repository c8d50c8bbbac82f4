package io.pylon.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.pylon.account.Account;
import io.pylon.account.AccountDraft;
import io.pylon.account.Accounts;
import io.pylon.account.AgencyType;
import io.pylon.account.Sector;
import io.pylon.account.Tier;
import io.pylon.invoice.Invoice;
import io.pylon.invoice.InvoiceKind;
import io.pylon.opportunity.Opportunities;
import io.pylon.opportunity.OpportunityDetails;
import io.pylon.opportunity.OpportunityStage;
import io.pylon.portfolio.AccountFigures;
import io.pylon.portfolio.Portfolio;
import io.pylon.portfolio.PortfolioFilter;
import io.pylon.portfolio.PortfolioReport;
import io.pylon.portfolio.Tiers;
import io.pylon.project.ContractType;
import io.pylon.project.Decision;
import io.pylon.project.EarnedValue;
import io.pylon.project.GateCode;
import io.pylon.project.GateTemplates;
import io.pylon.project.PlannedProject;
import io.pylon.project.Project;
import io.pylon.project.ReportingPeriod;
import io.pylon.scoring.WeightedScore;
import io.pylon.shared.CountryCode;
import io.pylon.shared.Money;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.assertj.core.api.Assertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The portfolio inside the container, on projects started in the past (which REST cannot make): gates overdue and
 * the next gates' lateness on a day and before it, earned value and tiers as of a past day, and the statements of a
 * report, which do not grow with the accounts, projects, invoices or opportunities. Its accounts are in Chad, where
 * no other test has any.
 */
@InContainerTest
class PortfolioServiceIT {

    private static final String CHAD = "TCD";
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private static final Currency USD = Currency.getInstance("USD");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.pylonEarWith(PortfolioServiceIT.class, Assertions.class);
    }

    @Inject
    Accounts accounts;

    @Inject
    Opportunities opportunities;

    @Inject
    Tiers tiers;

    @Inject
    Portfolio portfolio;

    @PersistenceUnit(unitName = "pylon")
    EntityManagerFactory entityManagerFactory;

    @Resource
    UserTransaction transaction;

    @AfterEach
    void signOut() {
        SecurityUtils.getSubject().logout();
    }

    @Test
    void gatesOverdueTheNextGatesLatenessAndEarnedValueOnADayAndBefore() throws Exception {
        long account = newAccount("Chad Roads Agency");
        // Started 100 days ago; G1 planned 30 days ago and G2 10 days ago, neither passed; earned 100,000 by 20 days
        // ago and 200,000 by today.
        inTransaction(em -> {
            Project project = startedDaysAgo(em, account, "N'Djamena ring road", 100);
            project.plan(GateCode.G1, TODAY.minusDays(30));
            project.plan(GateCode.G2, TODAY.minusDays(10));
            em.persist(new ReportingPeriod(project, TODAY.minusDays(20), earned("100000", "80000"), "am", Instant.now()));
            em.persist(new ReportingPeriod(project, TODAY, earned("200000", "150000"), "am", Instant.now()));
        });
        signIn("exec");

        AccountFigures today = figuresOf(account, null);
        assertThat(today.facts().gatesOverdue()).isEqualTo(2);
        assertThat(today.facts().nextGates().totalDaysLate()).as("G1, the next gate, 30 days late").isEqualTo(30);
        assertThat(part(today.health(), "GATE_SCHEDULE").score()).as("100 - 2 x 30").isEqualByComparingTo("40");
        assertThat(today.earned()).isEqualByComparingTo("200000");
        assertThat(today.margin()).isEqualByComparingTo("50000");

        AccountFigures fifteenDaysAgo = figuresOf(account, TODAY.minusDays(15));
        assertThat(fifteenDaysAgo.facts().gatesOverdue()).as("G2 was not yet due").isEqualTo(1);
        assertThat(fifteenDaysAgo.facts().nextGates().totalDaysLate()).isEqualTo(15);
        assertThat(fifteenDaysAgo.earned()).isEqualByComparingTo("100000");

        AccountFigures fiftyDaysAgo = figuresOf(account, TODAY.minusDays(50));
        assertThat(fiftyDaysAgo.facts().gatesOverdue()).isZero();
        assertThat(fiftyDaysAgo.facts().nextGates().gates()).as("planned, not yet due").isEqualTo(1);
        assertThat(fiftyDaysAgo.facts().nextGates().late()).isZero();
        assertThat(fiftyDaysAgo.earned()).isZero();

        assertThat(portfolio.overdue(view(null)).gates())
                .filteredOn(gate -> gate.accountId() == account)
                .extracting(gate -> gate.gate() + " " + gate.daysOverdue())
                .containsExactly("G1 30", "G2 10");
    }

    @Test
    void theTierOfAPastDayIsTheOneTheHistoryGivesIt() {
        long account = newAccount("Chad Rail Authority");
        signIn("exec");
        tiers.override(account, Tier.A, "The government's flagship corridor");

        assertThat(figuresOf(account, null).facts().tier()).isEqualTo(Tier.A);
        assertThat(figuresOf(account, TODAY.minusDays(1)).facts().tier()).isEqualTo(Tier.C);
    }

    @Test
    void aReportTakesTheSameStatementsWhateverTheSizeOfThePortfolio() throws Exception {
        fill(1);
        signIn("exec");
        long small = statements(null);
        long smallBefore = statements(TODAY.minusDays(10));

        fill(6);
        signIn("exec");
        assertThat(statements(null)).as("six more accounts with projects, invoices and opportunities").isEqualTo(small);
        assertThat(statements(TODAY.minusDays(10))).isEqualTo(smallBefore);
    }

    @Test
    void todaysFactsAreReadOnceUntilATransactionChangesSomething() throws Exception {
        fill(1);
        signIn("exec");
        long read = statements(null);
        assertThat(statements(null)).as("served from what was read").isLessThan(read);
        fill(1);
        signIn("exec");
        assertThat(statements(null)).as("read again after a change").isEqualTo(read);
    }

    /** Accounts each with an opportunity and a project with planned gates, earned value and two invoices. */
    private void fill(int count) throws Exception {
        for (int i = 0; i < count; i++) {
            long account = newAccount("Chad Energy Company");
            opportunities.add(account, new OpportunityDetails("Solar plant", Sector.POWER, CountryCode.of(CHAD),
                    Money.of(new BigDecimal("25000000"), USD), 60, OpportunityStage.BIDDING, null));
            inTransaction(em -> {
                Project project = startedDaysAgo(em, account, "Grid extension", 60);
                project.plan(GateCode.G1, TODAY.minusDays(5));
                em.persist(new ReportingPeriod(project, TODAY.minusDays(1), earned("1000", "900"), "am", Instant.now()));
                for (String number : List.of("IPC-1", "IPC-2")) {
                    em.persist(new Invoice(project, number, InvoiceKind.PAYMENT_CERTIFICATE,
                            Money.of(new BigDecimal("5000"), USD), TODAY.minusDays(40), TODAY.minusDays(10), TODAY, "am",
                            Instant.now()));
                }
            });
        }
    }

    private long statements(LocalDate asOf) {
        Statements.Counted<PortfolioReport> counted = Statements.countedIn(entityManagerFactory,
                () -> portfolio.report(view(asOf)));
        assertThat(counted.result().accounts()).isNotEmpty();
        return counted.statements();
    }

    private AccountFigures figuresOf(long account, LocalDate asOf) {
        return portfolio.report(view(asOf)).accounts().stream()
                .filter(figures -> figures.facts().id() == account).findFirst().orElseThrow();
    }

    private static Portfolio.View view(LocalDate asOf) {
        return new Portfolio.View(asOf, null, new PortfolioFilter(Set.of(CountryCode.of(CHAD)), Set.of(), Set.of(),
                Set.of(), Set.of(), Set.of(), Set.of()));
    }

    private static WeightedScore.Part part(WeightedScore score, String criterion) {
        return score.parts().stream().filter(part -> part.criterion().equals(criterion)).findFirst().orElseThrow();
    }

    /** A new account in Chad, created by {@code am}, who stays signed in. */
    private long newAccount(String name) {
        signIn("am");
        return accounts.create(new AccountDraft(name + " " + UUID.randomUUID(), null, CHAD, AgencyType.AGENCY,
                Set.of(Sector.ROAD), null, null)).id();
    }

    /** A project of the account whose G0 was decided GO {@code days} ago. */
    private static Project startedDaysAgo(EntityManager em, long account, String name, int days) {
        Project project = new Project(new PlannedProject(name, em.find(Account.class, account), null,
                CountryCode.of(CHAD), Sector.ROAD, ContractType.EPC), GateTemplates.defaults(Sector.ROAD, ContractType.EPC));
        project.pursuitGate().decide(Decision.GO, "Strategic client", List.of(), "exec",
                TODAY.minusDays(days).atTime(9, 0).toInstant(ZoneOffset.UTC));
        em.persist(project);
        return project;
    }

    private static EarnedValue earned(String earnedValue, String actualCost) {
        return new EarnedValue(Money.of(new BigDecimal("1000000"), USD), Money.of(new BigDecimal(earnedValue), USD),
                Money.of(new BigDecimal(earnedValue), USD), Money.of(new BigDecimal(actualCost), USD));
    }

    private void inTransaction(Consumer<EntityManager> work) throws Exception {
        transaction.begin();
        EntityManager em = entityManagerFactory.createEntityManager();
        try {
            em.joinTransaction();
            work.accept(em);
            transaction.commit();
        } catch (RuntimeException e) {
            transaction.rollback();
            throw e;
        } finally {
            em.close();
        }
    }

    private static void signIn(String username) {
        SecurityUtils.getSubject().logout();
        SecurityUtils.getSubject().login(new UsernamePasswordToken(username, Api.DEMO_PASSWORD));
    }
}
