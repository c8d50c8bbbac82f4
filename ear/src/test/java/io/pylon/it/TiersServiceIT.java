package io.pylon.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.pylon.account.AccountDraft;
import io.pylon.account.Accounts;
import io.pylon.account.AgencyType;
import io.pylon.account.Sector;
import io.pylon.opportunity.Opportunities;
import io.pylon.opportunity.OpportunityDetails;
import io.pylon.opportunity.OpportunityStage;
import io.pylon.portfolio.ParetoReport;
import io.pylon.portfolio.Tiers;
import io.pylon.shared.CountryCode;
import io.pylon.shared.Money;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.UUID;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.assertj.core.api.Assertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Pareto analysis inside the container: its SQL does not grow with the number of accounts. */
@InContainerTest
class TiersServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.pylonEarWith(TiersServiceIT.class, Assertions.class);
    }

    @Inject
    Accounts accounts;

    @Inject
    Opportunities opportunities;

    @Inject
    Tiers tiers;

    @PersistenceUnit(unitName = "pylon")
    EntityManagerFactory entityManagerFactory;

    @AfterEach
    void signOut() {
        SecurityUtils.getSubject().logout();
    }

    @Test
    void theParetoAnalysisRunsTheSameFewStatementsWhateverThePortfolioSize() {
        SecurityUtils.getSubject().login(new UsernamePasswordToken("admin", Api.DEMO_PASSWORD));
        long before = statementsOfTheAnalysis();
        for (int i = 0; i < 12; i++) {
            long id = accounts.create(new AccountDraft("Statement Guard Utility " + i + " " + UUID.randomUUID(), null,
                    "GHA", AgencyType.STATE_OWNED_ENTERPRISE, null, null, null)).id();
            for (String currency : new String[] {"USD", "EUR"}) {
                opportunities.add(id, new OpportunityDetails("Substation " + i, Sector.POWER, CountryCode.of("GHA"),
                        Money.of(new BigDecimal(1000 + i), Currency.getInstance(currency)), 50,
                        i % 2 == 0 ? OpportunityStage.WON : OpportunityStage.BIDDING, null));
            }
        }
        long after = statementsOfTheAnalysis();

        assertThat(after).as("statements with 12 more accounts and 24 more opportunities").isEqualTo(before);
        // Four of the analysis (settings, rates, accounts, opportunities summed), and the subject's permission lookups.
        assertThat(after).as("statements of the analysis").isLessThanOrEqualTo(8);
    }

    private long statementsOfTheAnalysis() {
        Statements.Counted<ParetoReport> analysed = Statements.countedIn(entityManagerFactory, () -> tiers.pareto(null));
        assertThat(analysed.result().entries()).isNotEmpty();
        return analysed.statements();
    }
}
