package io.pylon.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pylon.shared.DomainRuleViolation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SurveyTrendTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 27);

    private static SurveyTrend.Point point(String date, int score, int likelihood) {
        return new SurveyTrend.Point(LocalDate.parse(date), new SurveyScores(score, score, score, score, score, likelihood));
    }

    @Test
    void comparesTheLatestAverageWithTheOneBefore() {
        SurveyTrend trend = SurveyTrend.of(List.of(
                point("2026-06-01", 4, 9),
                point("2025-12-01", 3, 7)), AS_OF);

        assertThat(trend.surveys()).isEqualTo(2);
        assertThat(trend.latestAverage()).isEqualByComparingTo("4.00");
        assertThat(trend.change()).isEqualByComparingTo("1.00");
    }

    @Test
    void netPromoterScoreCountsTheLastTwelveMonthsOnly() {
        // Within the year: two promoters (9, 10), one passive (8), one detractor (5): (2 - 1) / 4 = 25.
        SurveyTrend trend = SurveyTrend.of(List.of(
                point("2026-11-01", 4, 9),
                point("2026-08-01", 4, 10),
                point("2026-05-01", 3, 8),
                point("2026-01-15", 2, 5),
                point("2025-06-01", 1, 0)), AS_OF);

        assertThat(trend.netPromoterScore()).isEqualTo(25);
    }

    @Test
    void noSurveysNoTrend() {
        SurveyTrend trend = SurveyTrend.of(List.of(), AS_OF);

        assertThat(trend.surveys()).isZero();
        assertThat(trend.latestAverage()).isNull();
        assertThat(trend.netPromoterScore()).isNull();
    }

    @Test
    void averagesTheFiveDimensions() {
        assertThat(new SurveyScores(5, 4, 4, 3, 3, 7).average()).isEqualTo(new BigDecimal("3.80"));
    }

    @Test
    void scoresStayInTheirScales() {
        assertThatThrownBy(() -> new SurveyScores(0, 3, 3, 3, 3, 5)).isInstanceOf(DomainRuleViolation.class)
                .extracting(e -> ((DomainRuleViolation) e).field()).isEqualTo("quality");
        assertThatThrownBy(() -> new SurveyScores(3, 3, 3, 3, 6, 5))
                .extracting(e -> ((DomainRuleViolation) e).field()).isEqualTo("value");
        assertThatThrownBy(() -> new SurveyScores(3, 3, 3, 3, 3, 11))
                .extracting(e -> ((DomainRuleViolation) e).field()).isEqualTo("likelihoodToRecommend");
    }
}
