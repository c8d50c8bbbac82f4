package io.pylon.financing.benchmark;

import io.pylon.financing.CashAvailable;
import io.pylon.financing.ContractEvaluation;
import io.pylon.financing.ContractTerms;
import io.pylon.financing.CountryCategory;
import io.pylon.financing.DayCount;
import io.pylon.financing.Drawdown;
import io.pylon.financing.Evaluation;
import io.pylon.financing.FinancedContract;
import io.pylon.financing.FinancingPlan;
import io.pylon.financing.InterestRate;
import io.pylon.financing.Premium;
import io.pylon.financing.Repayment;
import io.pylon.financing.RepaymentProfile;
import io.pylon.financing.SCurve;
import io.pylon.financing.Sensitivity;
import io.pylon.financing.Tranche;
import io.pylon.financing.TrancheType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The financing engine on the contract of a typical export-credit bid: a USD 500 million export contract with USD 100
 * million of local costs in a Category II country, priced USD 600 million, built for EUR 480 million over four and a
 * half years and financed by four tranches:
 * <ul>
 * <li>an ECA buyer's credit of 85% of the export contract value, fixed at 4.25% ACT/360 above a CIRR of 4.13%, with
 * upfront and commitment fees and a financed premium of 6.5%;</li>
 * <li>a commercial loan of 10%, floating at 3.80% + 225 bp ACT/365F, repaid as an annuity;</li>
 * <li>a local-cost facility for the local costs, floating at 3.80% + 150 bp ACT/360, its premium paid in cash;</li>
 * <li>the buyer's budget down payment of 5%, paid when the contract becomes effective.</li>
 * </ul>
 * Each loan is drawn in 48 monthly progress payments along an S-curve and repaid in 30 half-yearly instalments from
 * six months after the starting point of credit; the project earns monthly revenue for 15 years.
 * <p>
 * What each benchmark measures:
 * <ul>
 * <li>{@link #evaluatePlan}: {@link Evaluation#of}: the plan's schedules, its debt figures (WAL, all-in cost by XIRR,
 * grant element) and the Arrangement's checks;</li>
 * <li>{@link #evaluateContract}: {@link FinancedContract#evaluate}: that, the contractor's view (costs along the
 * S-curve, NPV, XIRR, peak funding need) and the debt service cover;</li>
 * <li>{@link #tornado}: {@link Sensitivity#of}: the base and its six shocked cases, seven contract evaluations;</li>
 * <li>{@link #sensitivitySweep}: one sweep of 10,000 variants, each derived with the engine's own shocks and
 * evaluated in full: rates from -100 bp to +98 bp in steps of 2 bp, construction 0 to 9 months late, and the costs'
 * currency from 10% cheaper to 8% dearer in steps of 2%. A sweep takes tens of seconds, so each is timed on its
 * own.</li>
 * </ul>
 * The data is built once, the same on every run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
// The JIT takes some 20 s to settle on the engine's BigDecimal code when the two cores are shared.
@Warmup(iterations = 15, time = 2)
@Measurement(iterations = 10, time = 1)
// A fixed heap, so that the figures do not depend on the machine's memory.
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class FinancingBenchmark {

    private static final int DRAWDOWNS = 48;
    private static final int INSTALMENTS = 30;

    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final LocalDate SIGNING = LocalDate.of(2025, 7, 1);
    private static final LocalDate CONSTRUCTION_START = LocalDate.of(2025, 7, 15);
    private static final LocalDate EFFECTIVE = LocalDate.of(2025, 12, 15);
    private static final LocalDate STARTING_POINT_OF_CREDIT = LocalDate.of(2030, 1, 15);
    /** The lenders pay the contractor monthly against certified progress, from a month after the contract is effective. */
    private static final SCurve PROGRESS = new SCurve(EFFECTIVE, EFFECTIVE.plusMonths(DRAWDOWNS));

    private FinancingPlan plan;
    private FinancedContract contract;

    @Setup
    public void setUp() {
        contract = contract();
        plan = contract.plan();
    }

    @Benchmark
    public Evaluation evaluatePlan() {
        return Evaluation.of(plan);
    }

    @Benchmark
    public ContractEvaluation evaluateContract() {
        return contract.evaluate();
    }

    @Benchmark
    public Sensitivity tornado() {
        return Sensitivity.of(contract);
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Warmup(iterations = 2)
    @Measurement(iterations = 5)
    public void sensitivitySweep(Blackhole blackhole) {
        variants(contract).forEach(variant -> blackhole.consume(variant.evaluate()));
    }

    static FinancedContract contract() {
        FinancingPlan plan = new FinancingPlan(USD, d("500000000"), d("100000000"), CountryCategory.II, false,
                STARTING_POINT_OF_CREDIT, null, d("0.0413"), List.of(
                        loan("ECA buyer's credit", TrancheType.ECA_BUYERS_CREDIT, "425000000",
                                new InterestRate.Fixed(d("0.0425")), DayCount.ACT_360, "0.0075", "0.0035",
                                new Premium(d("0.065"), true), RepaymentProfile.EQUAL_PRINCIPAL),
                        loan("Commercial loan", TrancheType.COMMERCIAL_LOAN, "50000000",
                                new InterestRate.Floating(d("0.038"), d("0.0225")), DayCount.ACT_365F, "0.01", "0.005",
                                null, RepaymentProfile.ANNUITY),
                        loan("Local-cost facility", TrancheType.LOCAL_COST_FACILITY, "100000000",
                                new InterestRate.Floating(d("0.038"), d("0.015")), DayCount.ACT_360, "0.005", "0.0035",
                                new Premium(d("0.065"), false), RepaymentProfile.EQUAL_PRINCIPAL),
                        new Tranche("Budget down payment", TrancheType.BUDGET, d("25000000"), null, null, null, null,
                                null, SIGNING, List.of(new Drawdown(EFFECTIVE, d("25000000"))), null, false)));
        ContractTerms terms = new ContractTerms(d("600000000"), d("480000000"), EUR, d("1.08"), CONSTRUCTION_START,
                null, revenue());
        return new FinancedContract(terms, plan);
    }

    private static Tranche loan(String name, TrancheType type, String amount, InterestRate rate, DayCount dayCount,
                                String upfrontFee, String commitmentFee, Premium premium, RepaymentProfile profile) {
        return new Tranche(name, type, d(amount), rate, dayCount, d(upfrontFee), d(commitmentFee), premium, SIGNING,
                PROGRESS.spread(d(amount)), new Repayment(profile, 6, INSTALMENTS,
                        STARTING_POINT_OF_CREDIT.plusMonths(6), null), false);
    }

    /** Cash available for debt service: USD 7 million a month in the first year of operation, 2% more each year. */
    private static List<CashAvailable> revenue() {
        return IntStream.range(0, 15 * 12).mapToObj(month -> new CashAvailable(
                STARTING_POINT_OF_CREDIT.plusMonths(month + 1L),
                d("7000000").multiply(d("1.02").pow(month / 12)).setScale(2, RoundingMode.HALF_EVEN))).toList();
    }

    /**
     * The sweep's variants of {@code base}: every rate shift for every cost-currency factor for every delay. Each
     * delay and factor is applied once and shared by the variants under it, as a caller sweeping the grid would.
     */
    static Stream<FinancedContract> variants(FinancedContract base) {
        return IntStream.range(0, 10).mapToObj(base::delayedBy)
                .flatMap(late -> IntStream.range(0, 10)
                        .mapToObj(step -> late.withCostCurrencyTimes(BigDecimal.valueOf(90 + 2L * step, 2))))
                .flatMap(priced -> IntStream.range(0, 100)
                        .mapToObj(step -> priced.withRatesShiftedBy(BigDecimal.valueOf(2L * step - 100, 4))));
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }
}
