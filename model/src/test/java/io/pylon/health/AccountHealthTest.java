package io.pylon.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.pylon.account.SurveyTrend;
import io.pylon.account.Tier;
import io.pylon.relationship.VisitSchedule;
import io.pylon.relationship.VisitStatus;
import io.pylon.scoring.WeightedScore;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class AccountHealthTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @Test
    void weighsSatisfactionFollowUpsVisitsAndPipelineCoverage() {
        // Satisfaction: average 4.0 is 75, less 10 for a drop of 0.4 = 65. Follow-ups: 3 of 4 on time = 75.
        // Visits: overdue = 0. Coverage: 500 against 1,000 contracted = 50.
        // No planned gate, so the four share the whole: 0.35 x 65 + 0.25 x 75 + 0.15 x 0 + 0.25 x 50 = 54.
        WeightedScore health = AccountHealth.of(new AccountHealth.Facts(new SurveyTrend(2, new BigDecimal("4.0"),
                new BigDecimal("-0.4"), 20), 4, 1, visit(TODAY.minusMonths(7)), new BigDecimal("1000"),
                new BigDecimal("500"), BigDecimal.ZERO, BigDecimal.ZERO, "USD", GateLateness.NONE));

        assertThat(health.score()).isEqualByComparingTo("54");
        assertThat(health.parts()).extracting(WeightedScore.Part::criterion)
                .containsExactly("SATISFACTION", "FOLLOW_UPS", "VISITS", "PIPELINE_COVERAGE", "GATE_SCHEDULE", "RECEIVABLES");
        assertThat(health.parts()).filteredOn(WeightedScore.Part::counted)
                .extracting(part -> part.score().stripTrailingZeros().toPlainString())
                .containsExactly("65", "75", "0", "50");
        assertThat(health.parts().get(3).figure()).isEqualByComparingTo("0.5");
        assertThat(health.parts().get(1).explanation().text()).isEqualTo("1 of 4 open follow-ups overdue");
    }

    @Test
    void leavesOutWhatIsNotKnownAndSharesItsWeight() {
        // No survey, no opportunity: follow-ups (25) and visits (15) share the whole, 62.5% and 37.5%.
        // Nothing open = 100; a visit due within two weeks = 75: 62.5 + 28.125 = 90.625.
        WeightedScore health = AccountHealth.of(new AccountHealth.Facts(new SurveyTrend(0, null, null, null), 0, 0,
                visit(TODAY.minusMonths(6).plusDays(3)), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO, "USD", GateLateness.NONE));

        assertThat(health.score()).isEqualByComparingTo("90.625");
        assertThat(health.parts()).filteredOn(part -> !part.counted()).extracting(WeightedScore.Part::criterion)
                .containsExactly("SATISFACTION", "PIPELINE_COVERAGE", "GATE_SCHEDULE", "RECEIVABLES");
    }

    @Test
    void lateGatesTakeTwoPointsADayOffTheGateSchedule() {
        // One next gate 20 days late, one not yet due: 10 days on average, 100 - 2 x 10 = 80. With the parts of
        // the first example: (35 x 65 + 25 x 75 + 15 x 0 + 25 x 50 + 20 x 80) / 120 = 7000 / 120.
        WeightedScore health = AccountHealth.of(new AccountHealth.Facts(new SurveyTrend(2, new BigDecimal("4.0"),
                new BigDecimal("-0.4"), 20), 4, 1, visit(TODAY.minusMonths(7)), new BigDecimal("1000"),
                new BigDecimal("500"), BigDecimal.ZERO, BigDecimal.ZERO, "USD", GateLateness.of(List.of(20L, 0L))));

        WeightedScore.Part gates = health.parts().get(4);
        assertThat(gates.score()).isEqualByComparingTo("80");
        assertThat(gates.figure()).isEqualByComparingTo("10");
        assertThat(gates.explanation().text())
                .isEqualTo("1 of 2 next gates overdue, 10.00 days late on average (each day takes 2 points off)");
        assertThat(health.score()).isCloseTo(new BigDecimal("58.3333"), Offset.offset(new BigDecimal("0.0001")));
        assertThat(AccountHealth.gateSchedule(GateLateness.of(List.of(60L))).score()).as("50 days late or more").isEqualByComparingTo("0");
    }

    @Test
    void overdueReceivablesTakeTheirShareOffTheReceivablesPart() {
        // 300 of 1,200 receivable overdue: 75. Alone with the follow-ups (nothing open, 100) and the visits (due, 75):
        // (25 x 100 + 15 x 75 + 20 x 75) / 60 = 85.4166...
        WeightedScore health = AccountHealth.of(new AccountHealth.Facts(new SurveyTrend(0, null, null, null), 0, 0,
                visit(TODAY.minusMonths(6).plusDays(3)), BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("1200"),
                new BigDecimal("300"), "USD", GateLateness.NONE));

        WeightedScore.Part receivables = health.parts().get(5);
        assertThat(receivables.score()).isEqualByComparingTo("75");
        assertThat(receivables.figure()).isEqualByComparingTo("0.25");
        assertThat(receivables.explanation().text()).isEqualTo("300 USD of 1200 USD receivable overdue");
        assertThat(health.score()).isCloseTo(new BigDecimal("85.4167"), Offset.offset(new BigDecimal("0.0001")));
        assertThat(AccountHealth.receivables(BigDecimal.ZERO, BigDecimal.ZERO, "USD").score()).as("nothing owed").isNull();
    }

    @Test
    void holdsEachPartBetweenZeroAndOneHundred() {
        assertThat(AccountHealth.satisfaction(new SurveyTrend(2, new BigDecimal("5"), new BigDecimal("2"), 100)).score())
                .isEqualByComparingTo("100");
        assertThat(AccountHealth.satisfaction(new SurveyTrend(2, new BigDecimal("1.5"), new BigDecimal("-3"), -100)).score())
                .isEqualByComparingTo("0");
        assertThat(AccountHealth.pipelineCoverage(new BigDecimal("100"), new BigDecimal("300"), "USD").score())
                .isEqualByComparingTo("100");
        assertThat(AccountHealth.pipelineCoverage(BigDecimal.ZERO, new BigDecimal("1"), "USD").score())
                .as("a pipeline without contracts yet").isEqualByComparingTo("100");
    }

    private static VisitSchedule visit(LocalDate lastVisit) {
        return new VisitSchedule(Tier.C, 6, lastVisit, lastVisit.plusMonths(6),
                lastVisit.plusMonths(6).isBefore(TODAY) ? VisitStatus.OVERDUE : VisitStatus.DUE);
    }
}
