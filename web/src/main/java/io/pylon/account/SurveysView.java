package io.pylon.account;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** An account's surveys, oldest first, with the trend they show. */
public record SurveysView(List<SurveyView> items, SurveyTrend trend) {

    public record SurveyView(long id, LocalDate surveyedOn, String respondent, SurveyScores scores,
                             BigDecimal average, String comment, String recordedBy) {

        static SurveyView of(SatisfactionSurvey survey) {
            return new SurveyView(survey.id(), survey.surveyedOn(), survey.respondent(), survey.scores(),
                    survey.scores().average(), survey.comment(), survey.recordedBy());
        }
    }
}
