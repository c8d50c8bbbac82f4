package io.pylon.scoring;

import io.pylon.currency.RateTable;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * BUSINESS_SCALE: the total commitment of the projects an account owns, on a logarithmic scale
 * against the account with the largest total ({@link Scales#againstTheLargest}). An account that
 * owns no projects has no data.
 */
@Dependent
public class BusinessScale implements Measure {

    @PersistenceContext
    EntityManager em;

    @Override
    public Criterion criterion() {
        return Criterion.BUSINESS_SCALE;
    }

    @Override
    public BigDecimal benchmark(LocalDate asOf, RateTable rates) {
        return em.createQuery("""
                        select sum(p.commitment.amount) from Project p where p.commitment.currency = :currency
                        group by p.owner.id order by sum(p.commitment.amount) desc""", BigDecimal.class)
                .setParameter("currency", Scales.REPORTING_CURRENCY)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    @Override
    public Map<Long, Measurement> measure(AccountRange accounts, ScoringBasis basis) {
        List<Object[]> totals = em.createQuery("""
                        select p.owner.id, sum(p.commitment.amount) from Project p
                        where p.owner.id between :first and :last and p.commitment.currency = :currency
                        group by p.owner.id""", Object[].class)
                .setParameter("first", accounts.first())
                .setParameter("last", accounts.last())
                .setParameter("currency", Scales.REPORTING_CURRENCY)
                .getResultList();
        BigDecimal largest = basis.benchmark(criterion());
        Map<Long, Measurement> measured = new HashMap<>();
        for (Object[] row : totals) {
            measured.put((Long) row[0], of((BigDecimal) row[1], largest));
        }
        return measured;
    }

    /** The measurement of an account whose projects commit {@code total}, when the largest account's commit {@code largest}. */
    static Measurement of(BigDecimal total, BigDecimal largest) {
        BigDecimal score = Scales.againstTheLargest(total, largest);
        String currency = Scales.REPORTING_CURRENCY.getCurrencyCode();
        String sum = Scales.money(total);
        String top = Scales.money(largest == null ? total : largest);
        return Measurement.of(total, score, new Explanation("scale.measured",
                Map.of("total", sum, "largest", top, "currency", currency),
                "Owns projects committing " + sum + " " + currency + " in all, against " + top + " " + currency
                        + " for the largest account (logarithmic: a tenth of the largest scores 67)"));
    }

    @Override
    public Measurement nothingFound() {
        String currency = Scales.REPORTING_CURRENCY.getCurrencyCode();
        return Measurement.none(new Explanation("scale.none", Map.of("currency", currency),
                "Owns no projects with a commitment in " + currency));
    }
}
