package io.pylon.generator;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/**
 * Satisfaction surveys, none to four per agency over the last three years, more for the larger ones, answered by one
 * of its people: each agency has a mood that drifts a little from survey to survey, from which the five dimensions
 * (1-5) and the likelihood to recommend (0-10) follow.
 */
final class Surveys {

    private static final int WITHIN_DAYS = 3 * 365;
    private static final String[] COMMENTS = {"Satisfied with the progress on site",
        "Reporting could be more regular", "The design changes took too long to agree", "A reliable partner"};

    private final Today today;
    private final Contacts contacts;
    private final Dice.Roll count;
    private final Dice.Roll when;
    private final Dice.Roll mood;
    private final Dice.Roll score;
    private final Dice.Roll words;

    Surveys(Dice dice, Today today, Contacts contacts) {
        this.today = today;
        this.contacts = contacts;
        this.count = dice.roll("survey.count");
        this.when = dice.roll("survey.when");
        this.mood = dice.roll("survey.mood");
        this.score = dice.roll("survey.score");
        this.words = dice.roll("survey.words");
    }

    int countOf(Agency agency) {
        return count.between(0, 2, agency.index()) + (agency.weight() > 1.5 ? 2 : agency.weight() > 0.7 ? 1 : 0);
    }

    void write(Database database, List<Agency> agencies) throws SQLException {
        IdBlocks ids = database.ids("satisfaction_survey");
        try (Inserts inserts = database.inserts()) {
            Inserts.Table surveys = inserts.into("satisfaction_survey",
                    agencies.stream().mapToLong(this::countOf).sum(), "id", "account_id", "surveyed_on", "respondent",
                    "quality", "schedule", "communication", "responsiveness", "value_for_money",
                    "likelihood_to_recommend", "comment", "recorded_by");
            for (Agency agency : agencies) {
                int taken = countOf(agency);
                double feeling = mood.between(2.4, 4.6, agency.index());
                for (int survey = 0; survey < taken; survey++) {
                    feeling += 0.3 * mood.gaussian(agency.index(), survey);
                    int[] dimensions = new int[5];
                    int sum = 0;
                    for (int dimension = 0; dimension < dimensions.length; dimension++) {
                        dimensions[dimension] = clamp(feeling + 0.7 * score.gaussian(agency.index(), survey, dimension),
                                1, 5);
                        sum += dimensions[dimension];
                    }
                    int recommend = clamp((sum / 5.0 - 1) * 2.5 + score.gaussian(agency.index(), survey, 5), 0, 10);
                    LocalDate on = today.spreadOver(WITHIN_DAYS, survey, taken, when.unit(agency.index(), survey));
                    String respondent = contacts.nameOf(agency,
                            when.between(0, contacts.countOf(agency) - 1, agency.index(), survey, 1));
                    surveys.row(ids.next(), agency.id(), on, respondent, dimensions[0], dimensions[1], dimensions[2],
                            dimensions[3], dimensions[4], recommend,
                            words.chance(0.3, agency.index(), survey) ? words.pick(COMMENTS, agency.index(), survey) : null,
                            agency.team().lead().username());
                }
            }
        }
    }

    private static int clamp(double value, int lowest, int highest) {
        return (int) Math.max(lowest, Math.min(highest, Math.round(value)));
    }
}
