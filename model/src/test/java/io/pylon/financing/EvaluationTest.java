package io.pylon.financing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.pylon.financing.RuleCheck.Outcome;
import io.pylon.shared.DomainRuleViolation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

class EvaluationTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final Currency USD = Currency.getInstance("USD");

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static Tranche exportCredit(String amount, InterestRate rate, Repayment repayment) {
        return new Tranche("ECA buyer's credit", TrancheType.ECA_BUYERS_CREDIT, d(amount), rate, DayCount.ACT_360,
                d("0.01"), null, new Premium(d("0.05"), true), START, List.of(new Drawdown(START, d(amount))), repayment,
                false);
    }

    private static Repayment equalPrincipal(int everyMonths, int instalments, LocalDate first) {
        return new Repayment(RepaymentProfile.EQUAL_PRINCIPAL, everyMonths, instalments, first, null);
    }

    private static Tranche downPayment(String amount) {
        return new Tranche("Down payment", TrancheType.BUDGET, d(amount), null, null, null, null, null, START,
                List.of(new Drawdown(START, d(amount))), null, false);
    }

    private static FinancingPlan plan(String value, String localCosts, boolean climate, BigDecimal cirr,
                                      Tranche... tranches) {
        return new FinancingPlan(USD, d(value), d(localCosts), CountryCategory.II, climate, START, null, cirr,
                List.of(tranches));
    }

    private static RuleCheck check(Evaluation evaluation, ArrangementRule rule) {
        return evaluation.checks().stream().filter(check -> check.rule() == rule).findFirst().orElseThrow();
    }

    @Test
    void worksOutWalAllInCostAndGrantElementAsWrittenDown() {
        Evaluation evaluation = Evaluation.of(plan("1176470.59", "0", false, null,
                exportCredit("1000000", new InterestRate.Fixed(d("0.06")), equalPrincipal(6, 2, LocalDate.of(2026, 7, 1))),
                downPayment("176470.59")));

        DebtMetrics debt = evaluation.debt();
        // Principal 525,000 after 181 days and 525,000 after 365 (the financed premium is repaid too).
        assertThat(debt.weightedAverageLife().value().doubleValue()).isCloseTo((181 / 365.0 + 1) / 2, within(1e-15));
        // The borrower gets 1,000,000 less the 10,000 fee, then pays 31,675 + 525,000 and 16,100 + 525,000.
        double allIn = debt.allInCost().value().doubleValue();
        assertThat(990000 - 556675 / Math.pow(1 + allIn, 181 / 365.0) - 541100 / (1 + allIn)).isCloseTo(0, within(1e-6));
        assertThat(allIn).isCloseTo(bisection(r -> 990000 - 556675 / Math.pow(1 + r, 181 / 365.0) - 541100 / (1 + r)),
                within(1e-12));
        double paid = 10000 + 556675 / Math.pow(1.05, 181 / 365.0) + 541100 / 1.05;
        assertThat(debt.grantElement().value().doubleValue()).isCloseTo(1 - paid / 1000000, within(1e-15));
        assertThat(debt.totals().premium()).isEqualByComparingTo("50000");
        assertThat(debt.totals().peakOutstanding()).isEqualByComparingTo("1050000");
        assertThat(evaluation.total()).hasSize(3);
        assertThat(evaluation.total().get(0).drawdown()).isEqualByComparingTo("1176470.59");
    }

    @Test
    void aZeroRateLoanInOneInstalmentCostsNothingAndIsWorthItsDiscount() {
        Tranche loan = new Tranche("Soft loan", TrancheType.COMMERCIAL_LOAN, d("500000"), new InterestRate.Fixed(d("0")),
                DayCount.ACT_365F, null, null, null, START, List.of(new Drawdown(START, d("500000"))),
                equalPrincipal(6, 1, LocalDate.of(2027, 1, 1)), false);
        DebtMetrics debt = Evaluation.of(plan("500000", "0", false, null, loan)).debt();

        assertThat(debt.allInCost().value().doubleValue()).isCloseTo(0, within(1e-12));
        assertThat(debt.weightedAverageLife().value()).isEqualByComparingTo("1");
        assertThat(debt.grantElement().value().doubleValue()).isCloseTo(1 - 1 / 1.05, within(1e-15));
        assertThat(debt.totals().interest()).isZero();
    }

    @Test
    void theTotalScheduleCarriesEveryTranchesBalanceToDaysItHasNoRowOn() {
        Tranche early = exportCredit("850000", new InterestRate.Fixed(d("0.05")), equalPrincipal(6, 2, LocalDate.of(2026, 7, 1)));
        Tranche late = new Tranche("Local costs", TrancheType.LOCAL_COST_FACILITY, d("100000"),
                new InterestRate.Fixed(d("0.07")), DayCount.ACT_360, null, null, null, START,
                List.of(new Drawdown(LocalDate.of(2026, 3, 1), d("100000"))), equalPrincipal(6, 2, LocalDate.of(2026, 9, 1)),
                false);
        List<ScheduleRow> total = Evaluation.of(plan("1000000", "300000", false, null, early, late, downPayment("150000")))
                .total();

        ScheduleRow march = total.stream().filter(row -> row.date().equals(LocalDate.of(2026, 3, 1))).findFirst().orElseThrow();
        assertThat(march.outstanding()).as("the export credit with its premium, and the local costs")
                .isEqualByComparingTo(d("850000").add(d("42500")).add(d("100000")));
    }

    @Test
    void checksTheArrangementAtItsLimitsAndSaysByHowMuchAPlanMissesThem() {
        Repayment standard = equalPrincipal(6, 30, START.plusMonths(6));
        Evaluation atTheLimits = Evaluation.of(plan("1000000", "500000", false, d("0.045"),
                exportCredit("850000", new InterestRate.Fixed(d("0.045")), standard), downPayment("150000"),
                new Tranche("Local costs", TrancheType.LOCAL_COST_FACILITY, d("500000"), new InterestRate.Fixed(d("0.05")),
                        DayCount.ACT_360, null, null, null, START, List.of(new Drawdown(START, d("500000"))),
                        equalPrincipal(6, 30, START.plusMonths(6)), false)));
        assertThat(atTheLimits.checks()).extracting(RuleCheck::outcome).containsOnly(Outcome.PASSED);
        // 30 semi-annual instalments from 6 months: the last one 15 years after the starting point, exactly.
        assertThat(check(atTheLimits, ArrangementRule.REPAYMENT_TERM).message()).contains("15 years 0 months 0 days");

        Evaluation beyond = Evaluation.of(plan("1000000", "500000", false, d("0.0451"),
                exportCredit("850100", new InterestRate.Fixed(d("0.045")), equalPrincipal(6, 30, START.plusMonths(6).plusDays(1))),
                downPayment("149900"),
                new Tranche("Local costs", TrancheType.LOCAL_COST_FACILITY, d("500001"),
                        new InterestRate.Floating(d("0.03"), d("0.02")), DayCount.ACT_360, null, null, null, START,
                        List.of(new Drawdown(START, d("500001"))), equalPrincipal(12, 15, START.plusMonths(6)), false)));
        assertThat(check(beyond, ArrangementRule.DOWN_PAYMENT).message()).contains("100.00 short of 15%");
        assertThat(check(beyond, ArrangementRule.OFFICIAL_SUPPORT).message()).contains("100.00 above 85%");
        assertThat(check(beyond, ArrangementRule.LOCAL_COSTS).message()).contains("1.00 above");
        assertThat(check(beyond, ArrangementRule.REPAYMENT_TERM).message()).contains("0 years 0 months 1 days longer than 15 years");
        assertThat(beyond.checks()).filteredOn(c -> c.rule() == ArrangementRule.REPAYMENT_PROFILE)
                .extracting(RuleCheck::message).anySatisfy(message -> assertThat(message).contains("1 days later than 6 months"))
                .anySatisfy(message -> assertThat(message).contains("every 12 months, 6 more than 6"));
        assertThat(check(beyond, ArrangementRule.MINIMUM_FIXED_RATE).message()).contains("1 bp below the CIRR of 4.51%");
        assertThat(beyond.checks()).filteredOn(c -> !c.passed()).hasSize(7);

        Evaluation climate = Evaluation.of(plan("1000000", "0", true, null,
                exportCredit("850000", new InterestRate.Fixed(d("0.045")), equalPrincipal(6, 44, START.plusMonths(6))),
                downPayment("150000")));
        assertThat(check(climate, ArrangementRule.REPAYMENT_TERM).outcome()).isEqualTo(Outcome.PASSED);
        assertThat(check(climate, ArrangementRule.MINIMUM_FIXED_RATE).outcome()).isEqualTo(Outcome.NOT_APPLICABLE);

        Evaluation annuity = Evaluation.of(plan("1000000", "0", false, null,
                exportCredit("850000", new InterestRate.Fixed(d("0.045")),
                        new Repayment(RepaymentProfile.ANNUITY, 6, 20, START.plusMonths(6), null)), downPayment("150000")));
        assertThat(check(annuity, ArrangementRule.REPAYMENT_PROFILE).outcome()).isEqualTo(Outcome.REVIEW);
    }

    @Test
    void refusesPlansThatCannotBeNamingTheField() {
        assertThatThrownBy(() -> new Tranche("Loan", TrancheType.COMMERCIAL_LOAN, d("100"), new InterestRate.Fixed(d("0.05")),
                DayCount.ACT_360, null, null, null, START, List.of(new Drawdown(START, d("101"))),
                equalPrincipal(6, 2, START.plusMonths(6)), false))
                .isInstanceOfSatisfying(DomainRuleViolation.class, v -> assertThat(v.field()).isEqualTo("drawdowns"));
        assertThatThrownBy(() -> new Tranche("Loan", TrancheType.COMMERCIAL_LOAN, d("100"), new InterestRate.Fixed(d("0.05")),
                DayCount.ACT_360, null, null, null, START, List.of(new Drawdown(START.plusYears(1), d("100"))),
                equalPrincipal(6, 2, START.plusMonths(6)), false))
                .isInstanceOfSatisfying(DomainRuleViolation.class,
                        v -> assertThat(v.field()).isEqualTo("repayment.firstRepaymentDate"));
        assertThatThrownBy(() -> new InterestRate.Fixed(d("1.01")))
                .isInstanceOfSatisfying(DomainRuleViolation.class, v -> assertThat(v.field()).isEqualTo("rate.value"));
        assertThatThrownBy(() -> new InterestRate.Floating(d("-0.06"), d("0.01")))
                .isInstanceOfSatisfying(DomainRuleViolation.class, v -> assertThat(v.field()).isEqualTo("rate.base"));
        assertThatThrownBy(() -> equalPrincipal(12, 52, START))
                .isInstanceOfSatisfying(DomainRuleViolation.class, v -> assertThat(v.field()).isEqualTo("repayment.instalments"));
        assertThatThrownBy(() -> new Drawdown(START, d("0")))
                .isInstanceOfSatisfying(DomainRuleViolation.class, v -> assertThat(v.field()).isEqualTo("amount"));
    }

    /** An independent root finder for the test: halving [-0.99, 10] two hundred times. */
    private static double bisection(DoubleUnaryOperator value) {
        double low = -0.99;
        double high = 10;
        for (int i = 0; i < 200; i++) {
            double middle = (low + high) / 2;
            if (Math.signum(value.applyAsDouble(middle)) == Math.signum(value.applyAsDouble(low))) {
                low = middle;
            } else {
                high = middle;
            }
        }
        return (low + high) / 2;
    }
}
