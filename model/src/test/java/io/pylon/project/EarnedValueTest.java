package io.pylon.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pylon.shared.DomainRuleViolation;
import io.pylon.shared.Money;
import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class EarnedValueTest {

    private static final Currency USD = Currency.getInstance("USD");

    private static Money usd(String amount) {
        return Money.of(new BigDecimal(amount), USD);
    }

    /**
     * A project over budget and late: BAC 100,000, PV 50,000, EV 40,000, AC 45,000. CPI = 40/45 = 0.8889,
     * SPI = 40/50 = 0.8; EAC by CPI = 45,000 + 60,000 / (8/9) = 112,500; by CPI x SPI = 45,000 + 60,000 / (32/45)
     * = 129,375; TCPI = 60,000 / 55,000 = 1.0909.
     */
    @Test
    void worksOutTheIndexesAndForecastsOfAProjectOverBudgetAndLate() {
        EarnedValue status = new EarnedValue(usd("100000"), usd("50000"), usd("40000"), usd("45000"));

        assertThat(status.costVariance()).isEqualTo(usd("-5000"));
        assertThat(status.scheduleVariance()).isEqualTo(usd("-10000"));
        assertThat(status.costPerformanceIndex()).contains(new BigDecimal("0.8889"));
        assertThat(status.schedulePerformanceIndex()).contains(new BigDecimal("0.8000"));
        assertThat(status.estimateAtCompletion(EacMethod.CPI)).contains(usd("112500"));
        assertThat(status.estimateAtCompletion(EacMethod.CPI_TIMES_SPI)).contains(usd("129375"));
        assertThat(status.estimateToComplete(EacMethod.CPI)).contains(usd("67500"));
        assertThat(status.varianceAtCompletion(EacMethod.CPI)).contains(usd("-12500"));
        assertThat(status.toCompletePerformanceIndex()).contains(new BigDecimal("1.0909"));
    }

    @Test
    void roundsOnlyTheAnswerToTheCent() {
        // CPI = 1/3 exactly: EAC = 90 + 70 x 3 = 300.00, not 90 + 70 / 0.3333 = 300.02.
        EarnedValue status = new EarnedValue(usd("100"), usd("30"), usd("30"), usd("90"));
        assertThat(status.estimateAtCompletion(EacMethod.CPI)).contains(usd("300.00"));
        assertThat(new EarnedValue(usd("100"), usd("30"), usd("10"), usd("30")).estimateAtCompletion(EacMethod.CPI))
                .contains(usd("300.00"));
    }

    @Test
    void leavesOutWhatCannotBeComputedYet() {
        EarnedValue atTheStart = new EarnedValue(usd("100000"), usd("0"), usd("0"), usd("0"));
        assertThat(atTheStart.costPerformanceIndex()).isEmpty();
        assertThat(atTheStart.schedulePerformanceIndex()).isEmpty();
        assertThat(atTheStart.estimateAtCompletion(EacMethod.CPI)).isEmpty();
        assertThat(atTheStart.toCompletePerformanceIndex()).contains(new BigDecimal("1.0000"));
        EarnedValue nothingEarned = new EarnedValue(usd("100000"), usd("10000"), usd("0"), usd("5000"));
        assertThat(nothingEarned.costPerformanceIndex()).contains(new BigDecimal("0.0000"));
        assertThat(nothingEarned.estimateAtCompletion(EacMethod.CPI)).as("no efficiency to forecast with").isEmpty();
    }

    @Test
    void refusesEarnedValueAboveTheBudgetNegativeAmountsAndMixedCurrencies() {
        assertRefused(() -> new EarnedValue(usd("100"), usd("50"), usd("101"), usd("60")), "earnedValue");
        assertRefused(() -> new EarnedValue(usd("100"), usd("150"), usd("50"), usd("60")), "plannedValue");
        assertRefused(() -> new EarnedValue(usd("100"), usd("50"), usd("50"), usd("-1")), "actualCost");
        assertRefused(() -> new EarnedValue(usd("100"), usd("50"), usd("50"),
                Money.of(new BigDecimal("60"), Currency.getInstance("EUR"))), "actualCost");
        assertRefused(() -> new EarnedValue(usd("100"), null, usd("50"), usd("60")), "plannedValue");
    }

    private static void assertRefused(Runnable making, String field) {
        assertThatThrownBy(making::run).isInstanceOfSatisfying(DomainRuleViolation.class,
                refused -> assertThat(refused.field()).isEqualTo(field));
    }
}
