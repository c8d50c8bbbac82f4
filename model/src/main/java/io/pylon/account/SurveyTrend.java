package io.pylon.account;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * How an agency's satisfaction moves: the latest average score against the one before, and the
 * Net Promoter Score (percentage of promoters minus percentage of detractors) over the surveys
 * of the last twelve months up to {@code asOf}.
 */
public record SurveyTrend(int surveys, BigDecimal latestAverage, BigDecimal change, Integer netPromoterScore) {

    public record Point(LocalDate surveyedOn, SurveyScores scores) {
    }

    public static SurveyTrend of(List<Point> points, LocalDate asOf) {
        List<Point> byDate = points.stream().sorted(Comparator.comparing(Point::surveyedOn)).toList();
        if (byDate.isEmpty()) {
            return new SurveyTrend(0, null, null, null);
        }
        BigDecimal latest = byDate.get(byDate.size() - 1).scores().average();
        BigDecimal change = byDate.size() < 2 ? null
                : latest.subtract(byDate.get(byDate.size() - 2).scores().average());
        List<SurveyScores> lastYear = byDate.stream()
                .filter(point -> !point.surveyedOn().isBefore(asOf.minusMonths(12)) && !point.surveyedOn().isAfter(asOf))
                .map(Point::scores)
                .toList();
        Integer nps = lastYear.isEmpty() ? null : BigDecimal.valueOf(
                        100L * (lastYear.stream().filter(SurveyScores::promotes).count()
                                - lastYear.stream().filter(SurveyScores::detracts).count()))
                .divide(BigDecimal.valueOf(lastYear.size()), 0, RoundingMode.HALF_UP)
                .intValueExact();
        return new SurveyTrend(byDate.size(), latest, change, nps);
    }
}
