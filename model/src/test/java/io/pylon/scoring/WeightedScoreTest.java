package io.pylon.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

class WeightedScoreTest {

    private static final Explanation WHY = new Explanation("test", null, "as measured");

    private static WeightedScore.Input input(String criterion, int weight, String score) {
        return new WeightedScore.Input(criterion, weight, Measurement.of(BigDecimal.ONE, new BigDecimal(score), WHY));
    }

    private static WeightedScore.Input withoutData(String criterion, int weight) {
        return new WeightedScore.Input(criterion, weight, Measurement.none(new Explanation("none", null, "nothing known")));
    }

    @Test
    void normalisesTheWeightsSoThatTheSharesMakeAWhole() {
        // Weights 30 and 10 are shares of 3/4 and 1/4: 80 * 0.75 + 40 * 0.25 = 70.
        WeightedScore composite = WeightedScore.of(List.of(input("A", 30, "80"), input("B", 10, "40")));

        assertThat(composite.score()).isEqualByComparingTo("70");
        assertThat(composite.parts()).extracting(WeightedScore.Part::share)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("0.75"), new BigDecimal("0.25"));
        assertThat(composite.parts()).extracting(WeightedScore.Part::contribution)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("60"), new BigDecimal("10"));
    }

    @Test
    void leavesOutPartsWithoutDataAndSaysSoGivingTheirWeightToTheOthers() {
        // Of weights 20, 50 and 30, the 50 has no data: 20 and 30 become 2/5 and 3/5. 100 * 0.4 + 50 * 0.6 = 70.
        WeightedScore composite = WeightedScore.of(List.of(
                input("A", 20, "100"), withoutData("B", 50), input("C", 30, "50")));

        assertThat(composite.score()).isEqualByComparingTo("70");
        WeightedScore.Part leftOut = composite.parts().get(1);
        assertThat(leftOut.counted()).isFalse();
        assertThat(leftOut.leftOut()).isEqualTo(WeightedScore.LeftOut.NO_DATA);
        assertThat(leftOut.share()).isNull();
        assertThat(leftOut.contribution()).isNull();
        assertThat(leftOut.explanation().text()).isEqualTo("nothing known");
        assertThat(composite.parts().get(0).share()).isEqualByComparingTo("0.4");
    }

    @Test
    void aPartWithoutWeightDoesNotCountEvenWithData() {
        WeightedScore composite = WeightedScore.of(List.of(input("A", 0, "10"), input("B", 5, "90")));

        assertThat(composite.score()).isEqualByComparingTo("90");
        assertThat(composite.parts().get(0).leftOut()).isEqualTo(WeightedScore.LeftOut.NO_WEIGHT);
        assertThat(composite.parts().get(0).score()).isEqualByComparingTo("10");
    }

    @Test
    void roundsNothingItself() {
        // Three equal thirds of 100, 100 and 0: each contribution is 33.33...; rounded first they would add up to 66.66.
        WeightedScore composite = WeightedScore.of(List.of(input("A", 1, "100"), input("B", 1, "100"), input("C", 1, "0")));

        assertThat(composite.parts().get(0).contribution().scale()).isGreaterThan(10);
        assertThat(composite.score().setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("66.67");
    }

    @Test
    void withoutAnyDataThereIsNoScore() {
        WeightedScore composite = WeightedScore.of(List.of(withoutData("A", 10), withoutData("B", 20)));

        assertThat(composite.hasScore()).isFalse();
        assertThat(composite.parts()).allSatisfy(part -> assertThat(part.counted()).isFalse());
    }
}
