package io.pylon.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.pylon.account.AccountDraft;
import io.pylon.account.Accounts;
import io.pylon.account.AgencyType;
import io.pylon.account.Sector;
import io.pylon.financing.ContractTerms;
import io.pylon.financing.CountryCategory;
import io.pylon.financing.DayCount;
import io.pylon.financing.Drawdown;
import io.pylon.financing.FinancedContract;
import io.pylon.financing.FinancingPlan;
import io.pylon.financing.InterestRate;
import io.pylon.financing.Repayment;
import io.pylon.financing.RepaymentProfile;
import io.pylon.financing.Tranche;
import io.pylon.financing.TrancheType;
import io.pylon.opportunity.Opportunities;
import io.pylon.opportunity.OpportunityDetails;
import io.pylon.opportunity.OpportunityStage;
import io.pylon.proposal.Proposal;
import io.pylon.proposal.ProposalPdfs;
import io.pylon.proposal.ProposalTerms;
import io.pylon.proposal.Proposals;
import io.pylon.proposal.Scenarios;
import io.pylon.shared.CountryCode;
import io.pylon.shared.Money;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.assertj.core.api.Assertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The proposal PDF inside the container: its SQL does not grow with the schedule or the scenarios printed. */
@InContainerTest
class ProposalPdfServiceIT {

    private static final Currency USD = Currency.getInstance("USD");
    private static final LocalDate SIGNING = LocalDate.of(2025, 1, 1);
    private static final LocalDate COMPLETION = LocalDate.of(2027, 1, 1);
    /** The terms as stored: the engine's contracts by their documents, read back as the web layer would. */
    private static final Map<String, FinancedContract> DOCUMENTS = Map.of("short", contract(1, 2), "long",
            contract(24, 20));

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.pylonEarWith(ProposalPdfServiceIT.class, Assertions.class);
    }

    @Inject
    Accounts accounts;

    @Inject
    Opportunities opportunities;

    @Inject
    Proposals proposals;

    @Inject
    Scenarios scenarios;

    @Inject
    ProposalPdfs pdfs;

    @PersistenceUnit(unitName = "pylon")
    EntityManagerFactory entityManagerFactory;

    @AfterEach
    void signOut() {
        SecurityUtils.getSubject().logout();
    }

    /** A buyer's credit drawn in {@code drawdowns} monthly parts and repaid in {@code instalments} half-years. */
    private static FinancedContract contract(int drawdowns, int instalments) {
        BigDecimal part = new BigDecimal("1000000");
        Tranche credit = new Tranche("出口信贷", TrancheType.ECA_BUYERS_CREDIT, part.multiply(BigDecimal.valueOf(drawdowns)),
                new InterestRate.Fixed(new BigDecimal("0.06")), DayCount.ACT_360, null, null, null, SIGNING,
                IntStream.range(0, drawdowns).mapToObj(month -> new Drawdown(SIGNING.plusMonths(month), part)).toList(),
                new Repayment(RepaymentProfile.EQUAL_PRINCIPAL, 6, instalments, COMPLETION.plusMonths(6), null), false);
        BigDecimal price = credit.amount().multiply(new BigDecimal("1.2"));
        return new FinancedContract(new ContractTerms(price, credit.amount(), null, null, SIGNING, null, List.of()),
                new FinancingPlan(USD, price, null, CountryCategory.II, false, COMPLETION, null, null,
                        List.of(credit)));
    }

    @Test
    void aProposalPdfTakesTheSameStatementsWhateverTheScheduleAndTheScenarios() {
        SecurityUtils.getSubject().login(new UsernamePasswordToken("am", Api.DEMO_PASSWORD));
        long account = accounts.create(new AccountDraft("Ethiopian Railways " + UUID.randomUUID(), null, "ETH",
                AgencyType.STATE_OWNED_ENTERPRISE, null, null, null)).id();
        long opportunity = opportunities.add(account, new OpportunityDetails("Awash - Weldia line", Sector.RAIL,
                CountryCode.of("ETH"), Money.of(new BigDecimal("30000000"), USD), 50, OpportunityStage.BIDDING,
                null)).id();
        Proposal small = proposals.add(account, opportunity, "Short", terms("short"));
        scenarios.add(account, small.id(), 1, "Alone", terms("short"));
        Proposal large = proposals.add(account, opportunity, "蒙内铁路二期", terms("long"));
        for (String name : List.of("One", "Two", "Three", "Four")) {
            scenarios.add(account, large.id(), 1, name, terms("long"));
        }

        long fewer = statements(account, small);
        long more = statements(account, large);

        assertThat(more).as("24 drawdowns and 20 instalments instead of 1 and 2, three scenarios instead of one").isEqualTo(fewer);
    }

    private static ProposalTerms terms(String document) {
        return new ProposalTerms(DOCUMENTS.get(document), document);
    }

    private long statements(long account, Proposal proposal) {
        Statements.Counted<byte[]> counted = Statements.countedIn(entityManagerFactory,
                () -> pdfs.of(account, proposal.id(), 1, List.of(), DOCUMENTS::get));
        assertThat(new String(counted.result(), 0, 5)).isEqualTo("%PDF-");
        return counted.statements();
    }
}
