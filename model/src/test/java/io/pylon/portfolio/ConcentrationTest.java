package io.pylon.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Top-five and top-ten shares and the Herfindahl-Hirschman index, worked out by hand. */
class ConcentrationTest {

    private static List<BigDecimal> values(long... amounts) {
        List<BigDecimal> values = new ArrayList<>();
        for (long amount : amounts) {
            values.add(BigDecimal.valueOf(amount));
        }
        return values;
    }

    @Test
    void oneHolderOfEverythingIsTheMostConcentrated() {
        Concentration one = Concentration.of(values(750));
        assertThat(one.herfindahlIndex()).isEqualByComparingTo("10000");
        assertThat(one.topFiveShare()).isEqualByComparingTo("1");
    }

    @Test
    void equalHoldersGiveTenThousandOverTheirNumber() {
        Concentration twenty = Concentration.of(Collections.nCopies(20, BigDecimal.TEN));
        assertThat(twenty.herfindahlIndex()).isEqualByComparingTo("500");
        assertThat(twenty.topFiveShare()).isEqualByComparingTo("0.25");
        assertThat(twenty.topTenShare()).isEqualByComparingTo("0.5");
        assertThat(twenty.holders()).isEqualTo(20);
    }

    @Test
    void unequalHoldersInAnyOrder() {
        // Shares 40, 30, 10, three times 5, twice 2, 1 and 0 (of 100 in all) percent:
        // 1600 + 900 + 100 + 3 * 25 + 2 * 4 + 1 = 2684; the largest five hold 40 + 30 + 10 + 5 + 5 = 90 percent.
        Concentration spread = Concentration.of(values(5, 40, 2, 5, 30, 1, 10, 5, 0, 2));
        assertThat(spread.herfindahlIndex()).isEqualByComparingTo("2684");
        assertThat(spread.topFiveShare()).isEqualByComparingTo("0.90");
        assertThat(spread.topTenShare()).isEqualByComparingTo("1");
    }

    @Test
    void noValueAtAllIsNoConcentration() {
        Concentration none = Concentration.of(values(0, 0));
        assertThat(none.herfindahlIndex()).isZero();
        assertThat(none.topTenShare()).isZero();
    }
}
