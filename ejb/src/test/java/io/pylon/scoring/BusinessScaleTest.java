package io.pylon.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class BusinessScaleTest {

    private static BigDecimal scoreOf(String total, String largest) {
        return BusinessScale.of(new BigDecimal(total), new BigDecimal(largest)).score();
    }

    @Test
    void scoresEachTenthOfTheLargestAThirdLower() {
        assertThat(scoreOf("2000000000", "2000000000")).isEqualByComparingTo("100");
        assertThat(scoreOf("200000000", "2000000000")).isCloseTo(new BigDecimal("66.6667"), within());
        assertThat(scoreOf("20000000", "2000000000")).isCloseTo(new BigDecimal("33.3333"), within());
        assertThat(scoreOf("2000000", "2000000000")).isCloseTo(BigDecimal.ZERO, within());
        assertThat(scoreOf("1000", "2000000000")).isEqualByComparingTo("0");
        assertThat(scoreOf("0", "2000000000")).isEqualByComparingTo("0");
    }

    @Test
    void explainsTheTotalAgainstTheLargest() {
        Measurement measured = BusinessScale.of(new BigDecimal("125000000.50"), new BigDecimal("2000000000"));

        assertThat(measured.figure()).isEqualByComparingTo("125000000.50");
        assertThat(measured.explanation().code()).isEqualTo("scale.measured");
        assertThat(measured.explanation().args()).containsEntry("total", "125000001").containsEntry("largest", "2000000000");
        assertThat(measured.explanation().text()).startsWith("Owns projects committing 125000001 USD in all, against 2000000000 USD");
    }

    static Offset<BigDecimal> within() {
        return Offset.offset(new BigDecimal("0.0001"));
    }
}
