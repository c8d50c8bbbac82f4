package io.pylon.scoring;

import io.pylon.api.FieldChecks;

/** The team's ratings of an account, each 1-5 or null for not rated, and why (required). */
public record RatingsForm(Integer strategicSignificance, Integer paymentBehaviour, String comment) {

    Ratings ratings() {
        FieldChecks checks = new FieldChecks().text("comment", comment, true, Ratings.MAX_COMMENT);
        rating(checks, "strategicSignificance", strategicSignificance);
        rating(checks, "paymentBehaviour", paymentBehaviour);
        checks.orThrow();
        return new Ratings(strategicSignificance, paymentBehaviour, comment);
    }

    private static void rating(FieldChecks checks, String field, Integer rating) {
        checks.between(field, rating, Ratings.LOWEST, Ratings.HIGHEST);
    }
}
