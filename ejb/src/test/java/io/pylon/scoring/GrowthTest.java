package io.pylon.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class GrowthTest {

    private static Measurement growth(String recent, String earlier) {
        return Growth.of(new BigDecimal(recent), new BigDecimal(earlier));
    }

    @Test
    void flatScoresFiftyDoubleAHundredHalfNothing() {
        assertThat(growth("100", "100").score()).isEqualByComparingTo("50");
        assertThat(growth("200", "100").score()).isEqualByComparingTo("100");
        assertThat(growth("800", "100").score()).isEqualByComparingTo("100");
        assertThat(growth("50", "100").score()).isEqualByComparingTo("0");
        assertThat(growth("0", "100").score()).isEqualByComparingTo("0");
        // 150 of 100: 50 * (1 + log2 1.5) = 79.25
        assertThat(growth("150", "100").score()).isCloseTo(new BigDecimal("79.2481"), BusinessScaleTest.within());
    }

    @Test
    void theFigureIsTheChangeInPercent() {
        Measurement measured = growth("150", "100");

        assertThat(measured.figure()).isEqualByComparingTo("50");
        assertThat(measured.explanation().args()).containsEntry("change", "50.00");
    }

    @Test
    void newBusinessScoresAHundredAndNothingAtAllIsNoData() {
        Measurement fresh = growth("300", "0");
        assertThat(fresh.score()).isEqualByComparingTo("100");
        assertThat(fresh.explanation().code()).isEqualTo("growth.new");

        Measurement nothing = growth("0", "0");
        assertThat(nothing.hasData()).isFalse();
        assertThat(nothing.explanation().code()).isEqualTo("growth.none");
    }
}
