package io.pylon.scoring;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A criterion the account team rates from 1 to 5 ({@link Ratings}); the rating scores as 1 = 0,
 * 3 = 50, 5 = 100, and the explanation quotes who rated it and why.
 */
abstract class TeamRating implements Measure {

    @PersistenceContext
    EntityManager em;

    /** The attribute of {@link AccountRating} that holds this rating. */
    abstract String attribute();

    /** The explanation codes start with this. */
    abstract String code();

    /** What the explanation adds after the rating, in English; empty for nothing. */
    abstract String caveat();

    @Override
    public Map<Long, Measurement> measure(AccountRange accounts, ScoringBasis basis) {
        List<Object[]> rows = em.createQuery("select r.accountId, r." + attribute() + ", r.ratedBy, r.comment"
                        + " from AccountRating r where r.accountId between :first and :last and r." + attribute()
                        + " is not null", Object[].class)
                .setParameter("first", accounts.first())
                .setParameter("last", accounts.last())
                .getResultList();
        Map<Long, Measurement> measured = new HashMap<>();
        for (Object[] row : rows) {
            measured.put((Long) row[0], of((Integer) row[1], (String) row[2], (String) row[3]));
        }
        return measured;
    }

    Measurement of(int rating, String ratedBy, String comment) {
        BigDecimal figure = BigDecimal.valueOf(rating);
        return Measurement.of(figure, Scales.fromOneToFive(figure), new Explanation(code() + ".rated",
                Map.of("rating", String.valueOf(rating), "ratedBy", ratedBy, "comment", comment),
                "Rated " + rating + " of " + Ratings.HIGHEST + " by " + ratedBy + ": " + comment + caveat()));
    }

    @Override
    public Measurement nothingFound() {
        return Measurement.none(new Explanation(code() + ".none", Map.of(), "Not rated by the account team" + caveat()));
    }
}
