package io.pylon.financing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.pylon.shared.DomainRuleViolation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The contractor's view, the debt service cover, the construction S-curve and the sensitivities, by hand. */
class FinancedContractTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final LocalDate CONSTRUCTION = LocalDate.of(2026, 1, 1);
    private static final LocalDate COMPLETION = LocalDate.of(2026, 3, 1);

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static FinancingPlan plan(Tranche... tranches) {
        return new FinancingPlan(USD, d("1500"), null, CountryCategory.II, false, COMPLETION, null, null,
                List.of(tranches));
    }

    private static Tranche budget(String amount, LocalDate on) {
        return new Tranche("Ministry budget", TrancheType.BUDGET, d(amount), null, null, null, null, null, null,
                List.of(new Drawdown(on, d(amount))), null, false);
    }

    private static Tranche loan(String rate, String amount, LocalDate on, int instalments) {
        return new Tranche("Buyer's credit", TrancheType.ECA_BUYERS_CREDIT, d(amount), new InterestRate.Fixed(d(rate)),
                DayCount.ACT_365F, null, null, null, null, List.of(new Drawdown(on, d(amount))),
                new Repayment(RepaymentProfile.EQUAL_PRINCIPAL, 6, instalments, COMPLETION.plusMonths(6), null), false);
    }

    private static ContractTerms terms(String cost, Currency currency, String exchangeRate, List<CashAvailable> revenue) {
        return new ContractTerms(d("1500"), d(cost), currency, exchangeRate == null ? null : d(exchangeRate),
                CONSTRUCTION, d("0.10"), revenue);
    }

    private static double share(double x) {
        return (1 - Math.cos(Math.PI * x)) / 2;
    }

    @Test
    void theSCurveSpreadsAnAmountMonthlyToTheCentAndSlowestAtBothEnds() {
        SCurve curve = new SCurve(LocalDate.of(2026, 1, 31), LocalDate.of(2027, 1, 31));
        List<Drawdown> parts = curve.spread(d("1000000.01"));

        assertThat(parts).hasSize(12);
        assertThat(parts.get(0).date()).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(parts.get(11).date()).isEqualTo(LocalDate.of(2027, 1, 31));
        assertThat(parts.stream().map(Drawdown::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("1000000.01");
        assertThat(parts.get(0).amount()).isEqualByComparingTo(d("1000000.01")
                .multiply(BigDecimal.valueOf(share(28 / 365.0))).setScale(2, RoundingMode.HALF_EVEN));
        assertThat(parts.get(5).amount()).isGreaterThan(parts.get(0).amount()).isGreaterThan(parts.get(11).amount());
        assertThat(curve.shareDoneBy(LocalDate.of(2026, 8, 1))).isCloseTo(share(182 / 365.0), within(1e-15));
        assertThatThrownBy(() -> new SCurve(CONSTRUCTION, CONSTRUCTION)).isInstanceOf(DomainRuleViolation.class)
                .extracting("field").isEqualTo("to");
    }

    @Test
    void theContractorIsPaidTheDrawdownsAndTheRestAtTakingOverAndSpendsAlongTheCurve() {
        ContractorView contractor = new FinancedContract(terms("1000", USD, null, null),
                plan(budget("1200", LocalDate.of(2026, 2, 15)))).evaluate().contractor();

        // Costs: on 1 February the share done after 31 of 59 days, the rest on 1 March (completion).
        BigDecimal february = d("1000").multiply(BigDecimal.valueOf(share(31 / 59.0))).setScale(2, RoundingMode.HALF_EVEN);
        BigDecimal march = d("300").subtract(d("1000").subtract(february));
        assertThat(contractor.positions()).extracting(ContractorView.Position::date)
                .containsExactly(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 15), COMPLETION);
        assertThat(contractor.positions().get(2).net()).isEqualByComparingTo(march);
        assertThat(contractor.positions().get(2).cumulative()).isEqualByComparingTo("500");
        assertThat(contractor.peakFundingNeed()).isEqualByComparingTo(february);
        assertThat(contractor.peakFundingOn()).isEqualTo(LocalDate.of(2026, 2, 1));
        double npv = -february.doubleValue() + 1200 / Math.pow(1.1, 14 / 365.0) + march.doubleValue() / Math.pow(1.1, 28 / 365.0);
        assertThat(contractor.npv().value().doubleValue()).isCloseTo(npv, within(1e-9));
        // Paid twice its outlay a fortnight later: worth more than nothing at any rate, so no IRR.
        assertThat(contractor.irr().undefinedBecause()).contains("no rate");
    }

    @Test
    void theContractorsIrrMakesItsFlowsWorthNothing() {
        FinancingPlan twoYears = new FinancingPlan(USD, d("1500"), null, CountryCategory.II, false,
                LocalDate.of(2028, 1, 1), null, null, List.of(budget("1000", LocalDate.of(2027, 1, 1))));
        ContractorView contractor = new FinancedContract(terms("1300", USD, null, null), twoYears).evaluate().contractor();

        assertThat(contractor.positions()).hasSize(24);
        double irr = contractor.irr().value().doubleValue();
        double npv = contractor.positions().stream().mapToDouble(p -> p.net().doubleValue()
                / Math.pow(1 + irr, ChronoUnit.DAYS.between(LocalDate.of(2026, 2, 1), p.date()) / 365.0)).sum();
        assertThat(npv).isCloseTo(0, within(1e-6));
        assertThat(irr).isBetween(0.1, 1.0);
    }

    @Test
    void receiptsStopAtTheContractPrice() {
        ContractorView contractor = new FinancedContract(terms("1000", USD, null, null),
                plan(budget("1000", LocalDate.of(2026, 1, 10)), budget("900", LocalDate.of(2026, 2, 10)))).evaluate()
                .contractor();

        assertThat(contractor.positions().stream().map(ContractorView.Position::receipts)
                .reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("1500");
    }

    @Test
    void theDebtServiceCoverComparesEachRepaymentPeriodsRevenueWithItsDebtService() {
        List<CashAvailable> revenue = List.of(new CashAvailable(COMPLETION.minusDays(1), d("999")),
                new CashAvailable(COMPLETION.plusMonths(3), d("600")), new CashAvailable(COMPLETION.plusMonths(9), d("300")),
                new CashAvailable(COMPLETION.plusMonths(12), d("100")));
        DebtServiceCover cover = new FinancedContract(terms("1000", USD, null, revenue),
                plan(loan("0", "1000", LocalDate.of(2026, 2, 1), 2))).evaluate().debtServiceCover();

        assertThat(cover.periods()).hasSize(2);
        assertThat(cover.periods().get(0).from()).isEqualTo(COMPLETION.plusDays(1));
        assertThat(cover.periods().get(0).cashAvailable()).isEqualByComparingTo("600");
        assertThat(cover.periods().get(0).debtService()).isEqualByComparingTo("500");
        assertThat(cover.periods().get(1).ratio().value()).isEqualByComparingTo("0.8");
        assertThat(cover.minimum().value()).isEqualByComparingTo("0.8");
        assertThat(cover.average().value()).isEqualByComparingTo("1.0");

        DebtServiceCover none = new FinancedContract(terms("1000", USD, null, null),
                plan(loan("0", "1000", LocalDate.of(2026, 2, 1), 2))).evaluate().debtServiceCover();
        assertThat(none.minimum().undefinedBecause()).contains("no revenue");
    }

    @Test
    void aDelayStretchesConstructionAndMovesTheRepayments() {
        FinancedContract contract = new FinancedContract(terms("1000", USD, null, null),
                plan(loan("0.05", "1000", LocalDate.of(2026, 1, 30), 2)));

        FinancedContract late = contract.delayedBy(6);

        assertThat(late.plan().startingPointOfCredit()).isEqualTo(LocalDate.of(2026, 9, 1));
        // 29 of 59 days into construction, so 29 x 243 / 59 = 119.4 days into the longer one.
        assertThat(late.plan().tranches().get(0).firstDrawdownDate()).isEqualTo(CONSTRUCTION.plusDays(119));
        assertThat(late.plan().tranches().get(0).repayment().firstRepaymentDate()).isEqualTo(LocalDate.of(2027, 3, 1));
    }

    @Test
    void theSensitivitiesMoveTheAllInCostWithTheRateAndTheNpvWithTheCostCurrency() {
        FinancedContract contract = new FinancedContract(terms("1000", EUR, "1.1", null),
                plan(loan("0.05", "1200", LocalDate.of(2026, 2, 15), 4)));

        Sensitivity sensitivity = Sensitivity.of(contract);

        Sensitivity.Factor rate = factor(sensitivity, Sensitivity.Shock.RATE);
        double base = sensitivity.base().allInCost().value().doubleValue();
        assertThat(rate.low().outcome().allInCost().value().doubleValue()).isCloseTo(base - 0.01, within(0.001));
        assertThat(rate.high().outcome().allInCost().value().doubleValue()).isCloseTo(base + 0.01, within(0.001));
        assertThat(rate.high().change()).isEqualTo("+100 bp");
        // The costs, 1,100 USD, 10% dearer: the NPV falls by 110 USD spread along the curve, at 10% a year.
        Sensitivity.Factor currency = factor(sensitivity, Sensitivity.Shock.CURRENCY);
        double costsToday = new FinancedContract(terms("1000", EUR, "1.1", null), contract.plan()).evaluate().contractor()
                .positions().stream().mapToDouble(p -> p.costs().doubleValue()
                        / Math.pow(1.1, ChronoUnit.DAYS.between(LocalDate.of(2026, 2, 1), p.date()) / 365.0))
                .sum();
        assertThat(currency.high().outcome().contractorNpv().value().doubleValue())
                .isCloseTo(sensitivity.base().contractorNpv().value().doubleValue() - costsToday * 0.1, within(0.01));
        assertThat(sensitivity.factors().get(0).shock()).isEqualTo(Sensitivity.Shock.CURRENCY);

        Sensitivity sameCurrency = Sensitivity.of(new FinancedContract(terms("1000", USD, null, null), contract.plan()));
        assertThat(factor(sameCurrency, Sensitivity.Shock.CURRENCY).notApplicableBecause()).contains("plan's currency");
    }

    @Test
    void refusesCostsInAnotherCurrencyWithoutARateAndConstructionAfterCompletion() {
        assertThatThrownBy(() -> new FinancedContract(terms("1000", EUR, null, null), plan(budget("100", COMPLETION))))
                .isInstanceOf(DomainRuleViolation.class).extracting("field").isEqualTo("exchangeRate");
        assertThatThrownBy(() -> new FinancedContract(new ContractTerms(d("1500"), d("1000"), USD, null, COMPLETION, null,
                null), plan(budget("100", COMPLETION)))).isInstanceOf(DomainRuleViolation.class)
                .extracting("field").isEqualTo("constructionStart");
    }

    private static Sensitivity.Factor factor(Sensitivity sensitivity, Sensitivity.Shock shock) {
        return sensitivity.factors().stream().filter(f -> f.shock() == shock).findFirst().orElseThrow();
    }
}
