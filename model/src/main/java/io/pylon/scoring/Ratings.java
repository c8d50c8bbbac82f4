package io.pylon.scoring;

import io.pylon.shared.DomainRuleViolation;
import io.pylon.shared.Reason;
import io.pylon.shared.Texts;

/**
 * The account team's judgement of an agency, each 1 (low) to 5 (high), or null where the team
 * does not judge it: how strategically significant the agency is to us, and how well it pays
 * (until receivables are recorded, the team's word is all there is). The comment says why.
 */
public record Ratings(Integer strategicSignificance, Integer paymentBehaviour, String comment) {

    public static final int LOWEST = 1;
    public static final int HIGHEST = 5;
    public static final int MAX_COMMENT = 500;

    public Ratings {
        requireRating("strategicSignificance", strategicSignificance);
        requireRating("paymentBehaviour", paymentBehaviour);
        comment = Texts.tidy("comment", comment, true, MAX_COMMENT);
    }

    private static void requireRating(String field, Integer rating) {
        if (rating != null && (rating < LOWEST || rating > HIGHEST)) {
            throw new DomainRuleViolation(field, Reason.OUT_OF_RANGE, "must be between " + LOWEST + " and " + HIGHEST);
        }
    }
}
