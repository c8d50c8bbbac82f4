package io.pylon.scoring;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * GROWTH: the commitment of the projects an account owns approved in the last three years
 * against the three years before. Flat scores 50; each doubling adds 50 and each halving takes
 * 50 off (50 times one plus the binary logarithm of the ratio), so double or more scores 100
 * and half or less 0. New business after none scores 100; nothing in either period is no data.
 */
@Dependent
public class Growth implements Measure {

    static final int YEARS = 3;

    @PersistenceContext
    EntityManager em;

    @Override
    public Criterion criterion() {
        return Criterion.GROWTH;
    }

    @Override
    public Map<Long, Measurement> measure(AccountRange accounts, ScoringBasis basis) {
        LocalDate asOf = basis.asOf();
        List<Object[]> sums = em.createQuery("""
                        select p.owner.id,
                               sum(case when p.approvedOn > :split then p.commitment.amount else 0 end),
                               sum(case when p.approvedOn <= :split then p.commitment.amount else 0 end)
                        from Project p
                        where p.owner.id between :first and :last and p.commitment.currency = :currency
                          and p.approvedOn > :start and p.approvedOn <= :asOf
                        group by p.owner.id""", Object[].class)
                .setParameter("first", accounts.first())
                .setParameter("last", accounts.last())
                .setParameter("currency", Scales.REPORTING_CURRENCY)
                .setParameter("start", asOf.minusYears(2L * YEARS))
                .setParameter("split", asOf.minusYears(YEARS))
                .setParameter("asOf", asOf)
                .getResultList();
        Map<Long, Measurement> measured = new HashMap<>();
        for (Object[] row : sums) {
            Measurement growth = of(amount(row[1]), amount(row[2]));
            if (growth.hasData()) {
                measured.put((Long) row[0], growth);
            }
        }
        return measured;
    }

    /** The growth from {@code earlier} (the three years before) to {@code recent} (the last three); the figure is the change in percent. */
    static Measurement of(BigDecimal recent, BigDecimal earlier) {
        String currency = Scales.REPORTING_CURRENCY.getCurrencyCode();
        Map<String, String> args = Map.of("recent", Scales.money(recent), "earlier", Scales.money(earlier),
                "currency", currency);
        String amounts = Scales.money(recent) + " " + currency + " approved in the last " + YEARS + " years, "
                + Scales.money(earlier) + " " + currency + " in the " + YEARS + " before";
        if (earlier.signum() <= 0) {
            return recent.signum() <= 0 ? none()
                    : Measurement.of(null, Measurement.HIGHEST, new Explanation("growth.new", args, amounts + ": new business"));
        }
        BigDecimal ratio = recent.divide(earlier, MathContext.DECIMAL64);
        BigDecimal score = ratio.signum() == 0 ? BigDecimal.ZERO
                : Scales.score(50 * (1 + Math.log(ratio.doubleValue()) / Math.log(2)));
        BigDecimal change = ratio.subtract(BigDecimal.ONE).multiply(Measurement.HIGHEST);
        Map<String, String> withChange = new HashMap<>(args);
        withChange.put("change", Scales.twoDecimals(change));
        return Measurement.of(change, score, new Explanation("growth.measured", withChange,
                amounts + ": " + Scales.twoDecimals(change) + "% (flat scores 50, double 100, half 0)"));
    }

    private static BigDecimal amount(Object sum) {
        return sum == null ? BigDecimal.ZERO : new BigDecimal(sum.toString());
    }

    @Override
    public Measurement nothingFound() {
        return none();
    }

    private static Measurement none() {
        return Measurement.none(new Explanation("growth.none", Map.of("years", String.valueOf(2 * YEARS)),
                "No project it owns was approved in the last " + 2 * YEARS + " years"));
    }
}
