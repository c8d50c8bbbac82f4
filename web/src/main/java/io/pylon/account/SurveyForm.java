package io.pylon.account;

import io.pylon.api.FieldChecks;
import java.time.LocalDate;

/** A survey as a client records it: the date as YYYY-MM-DD, scores 1-5, likelihood 0-10. */
public record SurveyForm(String surveyedOn, String respondent, Integer quality, Integer schedule,
                         Integer communication, Integer responsiveness, Integer value, Integer likelihoodToRecommend,
                         String comment) {

    record Checked(LocalDate surveyedOn, SurveyScores scores) {
    }

    Checked checked() {
        FieldChecks checks = new FieldChecks()
                .required("surveyedOn", surveyedOn)
                .text("respondent", respondent, false, 200)
                .text("comment", comment, false, SatisfactionSurvey.MAX_TEXT);
        LocalDate date = checks.date("surveyedOn", surveyedOn);
        score(checks, "quality", quality, 1, 5);
        score(checks, "schedule", schedule, 1, 5);
        score(checks, "communication", communication, 1, 5);
        score(checks, "responsiveness", responsiveness, 1, 5);
        score(checks, "value", value, 1, 5);
        score(checks, "likelihoodToRecommend", likelihoodToRecommend, 0, 10);
        checks.orThrow();
        return new Checked(date, new SurveyScores(quality, schedule, communication, responsiveness, value,
                likelihoodToRecommend));
    }

    private static void score(FieldChecks checks, String field, Integer score, int lowest, int highest) {
        checks.required(field, score).between(field, score, lowest, highest);
    }
}
