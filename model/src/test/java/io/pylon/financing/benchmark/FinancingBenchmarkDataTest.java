package io.pylon.financing.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import io.pylon.financing.ContractEvaluation;
import io.pylon.financing.FinancedContract;
import io.pylon.financing.FinancingPlan;
import io.pylon.financing.RuleCheck;
import io.pylon.financing.Sensitivity;
import io.pylon.financing.Tranche;
import io.pylon.financing.TrancheType;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmark's data is what its Javadoc says, so that its figures measure that; JMH itself does not run here. */
class FinancingBenchmarkDataTest {

    private static FinancingBenchmark benchmark() {
        FinancingBenchmark benchmark = new FinancingBenchmark();
        benchmark.setUp();
        return benchmark;
    }

    @Test
    void thePlanHasFourTranchesAndItsLoansAreDrawnMonthlyOverFourYearsAndRepaidIn30HalfYearlyInstalments() {
        FinancingPlan plan = FinancingBenchmark.contract().plan();

        assertThat(plan.tranches()).extracting(Tranche::type).containsExactly(TrancheType.ECA_BUYERS_CREDIT,
                TrancheType.COMMERCIAL_LOAN, TrancheType.LOCAL_COST_FACILITY, TrancheType.BUDGET);
        assertThat(plan.tranches().subList(0, 3)).allSatisfy(loan -> {
            assertThat(loan.drawdowns()).hasSize(48);
            assertThat(ChronoUnit.MONTHS.between(loan.firstDrawdownDate(), loan.lastDrawdownDate())).isEqualTo(47);
            assertThat(loan.drawn()).isEqualByComparingTo(loan.amount());
            assertThat(loan.repayment().instalments()).isEqualTo(30);
            assertThat(loan.repayment().frequencyMonths()).isEqualTo(6);
            assertThat(loan.repayment().firstRepaymentDate()).isEqualTo(plan.startingPointOfCredit().plusMonths(6));
        });
    }

    @Test
    void oneEvaluationPassesTheArrangementAndDefinesEveryFigure() {
        FinancingBenchmark benchmark = benchmark();

        ContractEvaluation evaluation = benchmark.evaluateContract();

        assertThat(evaluation.financing().checks()).extracting(RuleCheck::outcome).containsOnly(RuleCheck.Outcome.PASSED);
        assertThat(evaluation.financing().debt().allInCost().value().doubleValue()).isBetween(0.05, 0.08);
        assertThat(benchmark.evaluatePlan().debt().allInCost()).isEqualTo(evaluation.financing().debt().allInCost());
        assertThat(evaluation.contractor().npv().value()).isPositive();
        // Defined, so that the root finder runs: the contractor's flows change sign.
        assertThat(evaluation.contractor().irr().value()).isNotNull();
        assertThat(evaluation.contractor().peakFundingNeed()).isPositive();
        assertThat(evaluation.debtServiceCover().periods()).hasSize(30);
        assertThat(evaluation.debtServiceCover().minimum().value()).isNotNull();
    }

    @Test
    void theTornadoShocksAllThreeFactors() {
        Sensitivity tornado = benchmark().tornado();

        assertThat(tornado.factors()).hasSize(3).allSatisfy(factor -> {
            assertThat(factor.notApplicableBecause()).isNull();
            assertThat(factor.high().outcome().allInCost().value()).isNotNull();
        });
    }

    @Test
    void theSweepHas10000DifferentVariantsFromTheLowestRatesOnTimeAndCheapToTheHighestLateAndDear() {
        FinancedContract base = FinancingBenchmark.contract();

        List<FinancedContract> variants = FinancingBenchmark.variants(base).toList();

        assertThat(variants).hasSize(10_000);
        assertThat(variants.stream().map(FinancingBenchmarkDataTest::shocks).distinct()).hasSize(variants.size());
        assertThat(shocks(variants.get(0))).isEqualTo(List.of("0.0325", base.plan().startingPointOfCredit(), "0.9720"));
        assertThat(shocks(variants.get(variants.size() - 1))).isEqualTo(List.of("0.0523",
                base.plan().startingPointOfCredit().plusMonths(9), "1.1664"));
    }

    /** A variant's rate on the buyer's credit, starting point of credit and exchange rate of the costs' currency. */
    private static List<Object> shocks(FinancedContract variant) {
        return List.of(variant.plan().tranches().get(0).rate().annual().toPlainString(),
                variant.plan().startingPointOfCredit(), variant.terms().exchangeRate().toPlainString());
    }
}
