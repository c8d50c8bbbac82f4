package io.pylon.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import io.pylon.account.Account;
import io.pylon.account.AccountProfile;
import io.pylon.account.AgencyType;
import io.pylon.account.Sector;
import io.pylon.financing.ContractTerms;
import io.pylon.financing.CountryCategory;
import io.pylon.financing.DayCount;
import io.pylon.financing.Drawdown;
import io.pylon.financing.FinancedContract;
import io.pylon.financing.FinancingPlan;
import io.pylon.financing.InterestRate;
import io.pylon.financing.Premium;
import io.pylon.financing.Repayment;
import io.pylon.financing.RepaymentProfile;
import io.pylon.financing.ScheduleRow;
import io.pylon.financing.Tranche;
import io.pylon.financing.TrancheType;
import io.pylon.opportunity.Opportunity;
import io.pylon.opportunity.OpportunityDetails;
import io.pylon.opportunity.OpportunityStage;
import io.pylon.shared.CountryCode;
import io.pylon.shared.PdfSheet;
import io.pylon.shared.PdfText;
import io.pylon.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProposalPdfTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    /** An ECA buyer's credit at {@code rate} against a CIRR of 6.05%, and a budget down payment. */
    private static FinancedContract contract(String rate) {
        Tranche credit = new Tranche("出口信贷 ECA", TrancheType.ECA_BUYERS_CREDIT, new BigDecimal("1000000"),
                new InterestRate.Fixed(new BigDecimal(rate)), DayCount.ACT_360, new BigDecimal("0.01"), null,
                new Premium(new BigDecimal("0.05"), true), LocalDate.of(2025, 1, 1),
                List.of(new Drawdown(LocalDate.of(2025, 3, 1), new BigDecimal("400000")),
                        new Drawdown(LocalDate.of(2025, 9, 1), new BigDecimal("600000"))),
                new Repayment(RepaymentProfile.EQUAL_PRINCIPAL, 6, 2, LocalDate.of(2026, 7, 1), null), false);
        Tranche down = new Tranche("Down payment", TrancheType.BUDGET, new BigDecimal("176470.59"), null, null, null,
                null, null, null, List.of(new Drawdown(LocalDate.of(2025, 1, 1), new BigDecimal("176470.59"))), null,
                false);
        return new FinancedContract(new ContractTerms(new BigDecimal("1176470.59"), new BigDecimal("1000000"), null,
                null, LocalDate.of(2025, 1, 1), null, List.of()),
                new FinancingPlan(USD, new BigDecimal("1176470.59"), null, CountryCategory.II, false,
                        LocalDate.of(2026, 1, 1), null, new BigDecimal("0.0605"), List.of(credit, down)));
    }

    private static EvaluatedTerms evaluated(String name, FinancedContract contract) {
        return new EvaluatedTerms(name, contract, contract.evaluate());
    }

    @Test
    void printsTheTermsTheScheduleTheFiguresTheChecksAndTheScenariosWithTheirChineseNames() {
        Account account = new Account(new AccountProfile("Kenya Railways Corporation", "肯尼亚铁路公司",
                CountryCode.of("KEN"), AgencyType.STATE_OWNED_ENTERPRISE, Set.of(Sector.RAIL), null, null));
        Opportunity opportunity = new Opportunity(account, new OpportunityDetails("Naivasha - Malaba line", Sector.RAIL,
                CountryCode.of("KEN"), Money.of(new BigDecimal("1176470.59"), USD), 40, OpportunityStage.BIDDING, null));
        FinancedContract offered = contract("0.06");
        Proposal proposal = new Proposal(opportunity, "蒙内铁路二期 EPC+F", new ProposalTerms(offered, "{}"), "am", NOW);
        ProposalVersion version = proposal.latest();
        version.submit("am", NOW.plusSeconds(3600));
        EvaluatedTerms offer = evaluated("Version 1", offered);

        byte[] pdf = ProposalPdf.of(version, offer, List.of(evaluated("较高利率", contract("0.0615"))),
                LocalDate.of(2026, 3, 2));

        PdfText read = PdfText.of(pdf);
        String text = read.text();
        String inReadingOrder = read.inReadingOrder();
        assertThat(text).contains("蒙内铁路二期EPC+F", "肯尼亚铁路公司", "Naivasha-Malabaline", "1,submitted",
                "byamon2026-03-0111:00UTC", "Printed2026-03-02", "Contractprice1,176,470.59USD",
                "Marginshare15.00%", "出口信贷ECA", "ecabuyerscredit", "fixed6%", "upfront1%", "5%financed",
                "2025-03-01to2025-09-01", "equalprincipal2every6monthsfrom2026-07-01", "CIRR6.05%", "MINIMUM_FIXED_RATEFAILED",
                "OECDchecks5passed,1failed,0forreview", "MetricVersion1较高利率",
                "Failedchecks1:MINIMUM_FIXED_RATEnone", "sum(txP)/sum(P)");
        assertThat(text).as("the first drawdown with the upfront fee and the premium financed: date, drawdown, "
                + "interest, fees, premium, principal, debt service, outstanding")
                .contains("2025-03-01400,000.000.0010,000.0050,000.000.0010,000.00450,000.00");
        for (ScheduleRow row : offer.evaluation().financing().total()) {
            assertThat(text).contains(row.date() + PdfSheet.money(row.drawdown()));
        }
        assertThat(inReadingOrder).containsSubsequence("Summary", "Contractterms", "Financingstructure", "Totalschedule",
                "Metricsandtheirdefinitions", "OECDArrangementchecks", "Scenariocomparison");
    }
}
