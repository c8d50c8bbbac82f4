package io.pylon.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.pylon.account.AccountDraft;
import io.pylon.account.Accounts;
import io.pylon.account.AgencyType;
import io.pylon.account.Sector;
import io.pylon.financing.ContractTerms;
import io.pylon.financing.CountryCategory;
import io.pylon.financing.Drawdown;
import io.pylon.financing.FinancedContract;
import io.pylon.financing.FinancingPlan;
import io.pylon.financing.Tranche;
import io.pylon.financing.TrancheType;
import io.pylon.opportunity.Opportunities;
import io.pylon.opportunity.OpportunityDetails;
import io.pylon.opportunity.OpportunityStage;
import io.pylon.proposal.Proposal;
import io.pylon.proposal.ProposalTerms;
import io.pylon.proposal.Proposals;
import io.pylon.shared.CountryCode;
import io.pylon.shared.Money;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.assertj.core.api.Assertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Proposals inside the container: the SQL of an account's proposal list does not grow with the proposals or versions. */
@InContainerTest
class ProposalsServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.pylonEarWith(ProposalsServiceIT.class, Assertions.class);
    }

    @Inject
    Accounts accounts;

    @Inject
    Opportunities opportunities;

    @Inject
    Proposals proposals;

    @PersistenceUnit(unitName = "pylon")
    EntityManagerFactory entityManagerFactory;

    @AfterEach
    void signOut() {
        SecurityUtils.getSubject().logout();
    }

    @Test
    void anAccountsProposalsTakeTheSameStatementsWhateverTheirNumberAndVersions() {
        SecurityUtils.getSubject().login(new UsernamePasswordToken("am", Api.DEMO_PASSWORD));
        long account = accounts.create(new AccountDraft("Ghana Railway Development Authority " + UUID.randomUUID(), null,
                "GHA", AgencyType.AUTHORITY, null, null, null)).id();
        long opportunity = opportunities.add(account, new OpportunityDetails("Western line", Sector.RAIL,
                CountryCode.of("GHA"), Money.of(new BigDecimal("500000000"), Currency.getInstance("USD")), 50, OpportunityStage.BIDDING,
                null)).id();
        draft(account, opportunity, "Offer A");
        long one = listed(account);
        for (int i = 0; i < 4; i++) {
            Proposal proposal = draft(account, opportunity, "Offer B" + i);
            proposals.submit(account, proposal.id(), 1, proposal.latest().version());
            proposals.startNextVersion(account, proposal.id());
        }
        long five = listed(account);

        assertThat(five).as("statements for five proposals of two versions against one of one").isEqualTo(one);
        assertThat(proposals.of(account)).hasSize(5).allSatisfy(p -> assertThat(p.versions()).isNotEmpty());
    }

    private Proposal draft(long account, long opportunity, String title) {
        LocalDate completion = LocalDate.of(2028, 1, 1);
        FinancingPlan plan = new FinancingPlan(Currency.getInstance("USD"), new BigDecimal("500000000"), null,
                CountryCategory.II, false, completion, null, null, List.of(new Tranche("Budget", TrancheType.BUDGET,
                new BigDecimal("500000000"), null, null, null, null, null, null,
                List.of(new Drawdown(completion, new BigDecimal("500000000"))), null, false)));
        ContractTerms terms = new ContractTerms(new BigDecimal("500000000"), new BigDecimal("450000000"), null, null,
                LocalDate.of(2026, 1, 1), null, null);
        // The document is what the API stored; the list does not read it.
        return proposals.add(account, opportunity, title, new ProposalTerms(new FinancedContract(terms, plan), "{}"));
    }

    private long listed(long account) {
        Statements.Counted<List<Proposal>> counted = Statements.countedIn(entityManagerFactory,
                () -> proposals.of(account));
        assertThat(counted.result()).isNotEmpty();
        return counted.statements();
    }
}
