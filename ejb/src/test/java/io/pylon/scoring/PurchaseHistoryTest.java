package io.pylon.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PurchaseHistoryTest {

    private static final Currency USD = Currency.getInstance("USD");

    @Test
    void scoresTheWonValueAgainstTheLargestBuyerOnTheLogarithmicScale() {
        PurchaseHistory.Purchases awarded = new PurchaseHistory.Purchases(USD);
        awarded.add(2, Optional.of(new BigDecimal("40000000")), USD);
        awarded.add(1, Optional.of(new BigDecimal("10000000.40")), Currency.getInstance("EUR"));

        Measurement measured = PurchaseHistory.of(awarded, new BigDecimal("500000000"));

        assertThat(measured.figure()).isEqualByComparingTo("50000000.40");
        assertThat(measured.score()).isCloseTo(new BigDecimal("66.6667"), BusinessScaleTest.within());
        assertThat(measured.explanation().code()).isEqualTo("purchases.measured");
        assertThat(measured.explanation().text()).isEqualTo("Awarded us 3 contracts worth 50000000 USD in all, against "
                + "500000000 USD for the account that awarded the most (logarithmic: a tenth of the largest scores 67)");
    }

    @Test
    void namesTheCurrenciesLeftOutForWantOfARate() {
        PurchaseHistory.Purchases awarded = new PurchaseHistory.Purchases(USD);
        awarded.add(1, Optional.empty(), Currency.getInstance("ZAR"));
        awarded.add(1, Optional.empty(), Currency.getInstance("BRL"));

        Measurement measured = PurchaseHistory.of(awarded, new BigDecimal("500000000"));

        assertThat(measured.score()).isEqualByComparingTo("0");
        assertThat(measured.explanation().code()).isEqualTo("purchases.measuredInPart");
        assertThat(measured.explanation().args()).containsEntry("contracts", "2").containsEntry("unconverted", "BRL, ZAR");
    }
}
