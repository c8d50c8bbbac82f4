package io.pylon.scoring;

import java.time.Instant;

/** The team's ratings of an account, with who gave them and when; all null before the first. */
public record RatingsView(Integer strategicSignificance, Integer paymentBehaviour, String comment, String ratedBy,
                          Instant ratedAt) {

    static RatingsView of(AccountRating rating) {
        if (rating == null) {
            return new RatingsView(null, null, null, null, null);
        }
        Ratings ratings = rating.ratings();
        return new RatingsView(ratings.strategicSignificance(), ratings.paymentBehaviour(), ratings.comment(),
                rating.ratedBy(), rating.ratedAt());
    }
}
