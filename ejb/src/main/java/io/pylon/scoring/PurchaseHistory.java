package io.pylon.scoring;

import io.pylon.currency.RateTable;
import io.pylon.opportunity.OpportunityStage;
import io.pylon.shared.Money;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * PURCHASE_HISTORY: what the agency has bought from us, that is the contracts it awarded us (won opportunities),
 * their value converted into the reporting currency at the rate in force on the day scored, on the logarithmic
 * scale against the account that awarded the most ({@link Scales#againstTheLargest}). Won value in a currency
 * without a rate that day is left out of the sum and named in the explanation. An account that has awarded
 * nothing has no data.
 */
@Dependent
public class PurchaseHistory implements Measure {

    @PersistenceContext
    EntityManager em;

    @Override
    public Criterion criterion() {
        return Criterion.PURCHASE_HISTORY;
    }

    @Override
    public BigDecimal benchmark(LocalDate asOf, RateTable rates) {
        return purchases(null, asOf, rates).values().stream().map(Purchases::total)
                .max(Comparator.naturalOrder()).orElse(null);
    }

    @Override
    public Map<Long, Measurement> measure(AccountRange accounts, ScoringBasis basis) {
        BigDecimal largest = basis.benchmark(criterion());
        return purchases(accounts, basis.asOf(), basis.rates()).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> of(entry.getValue(), largest)));
    }

    /** The contracts each account awarded, of the accounts in the range or of all, in one statement. */
    private Map<Long, Purchases> purchases(AccountRange range, LocalDate asOf, RateTable rates) {
        var query = em.createQuery("""
                        select o.account.id, o.estimatedValue.currency, count(o), sum(o.estimatedValue.amount)
                        from Opportunity o
                        where o.stage = :won""" + (range == null ? "" : " and o.account.id between :first and :last") + """

                        group by o.account.id, o.estimatedValue.currency""", Object[].class)
                .setParameter("won", OpportunityStage.WON);
        if (range != null) {
            query.setParameter("first", range.first()).setParameter("last", range.last());
        }
        Map<Long, Purchases> purchases = new HashMap<>();
        for (Object[] row : query.getResultList()) {
            Purchases awarded = purchases.computeIfAbsent((Long) row[0], id -> new Purchases(rates.reportingCurrency()));
            Money won = Money.of((BigDecimal) row[3], (Currency) row[1]);
            awarded.add(((Long) row[2]).intValue(), rates.convert(won, asOf).map(conversion -> conversion.to().amount()),
                    won.currency());
        }
        return purchases;
    }

    /** The measurement of an account's purchases, when the account that awarded the most awarded {@code largest}. */
    static Measurement of(Purchases awarded, BigDecimal largest) {
        String currency = awarded.currency().getCurrencyCode();
        String sum = Scales.money(awarded.total());
        String top = Scales.money(largest == null ? awarded.total() : largest);
        Map<String, String> args = new HashMap<>(Map.of("contracts", String.valueOf(awarded.contracts()), "total", sum,
                "largest", top, "currency", currency));
        String text = "Awarded us " + awarded.contracts() + " contracts worth " + sum + " " + currency
                + " in all, against " + top + " " + currency + " for the account that awarded the most"
                + " (logarithmic: a tenth of the largest scores 67)";
        String code = "purchases.measured";
        if (!awarded.unconverted().isEmpty()) {
            String leftOut = awarded.unconverted().stream().map(Currency::getCurrencyCode)
                    .collect(Collectors.joining(", "));
            args.put("unconverted", leftOut);
            text += "; left out for want of an exchange rate: " + leftOut;
            code = "purchases.measuredInPart";
        }
        return Measurement.of(awarded.total(), Scales.againstTheLargest(awarded.total(), largest),
                new Explanation(code, args, text));
    }

    @Override
    public Measurement nothingFound() {
        return Measurement.none(new Explanation("purchases.none", Map.of(), "Has awarded us no contract yet"));
    }

    /** The contracts one account awarded: how many, their value in the reporting currency, the currencies left out. */
    static final class Purchases {
        private final Currency currency;
        private int contracts;
        private BigDecimal total = BigDecimal.ZERO;
        private final Set<Currency> unconverted = new TreeSet<>(Comparator.comparing(Currency::getCurrencyCode));

        Purchases(Currency currency) {
            this.currency = currency;
        }

        /** Adds contracts won in one currency, worth {@code converted} in the reporting currency where it has a rate. */
        void add(int count, Optional<BigDecimal> converted, Currency wonIn) {
            contracts += count;
            converted.ifPresentOrElse(amount -> total = total.add(amount), () -> unconverted.add(wonIn));
        }

        Currency currency() {
            return currency;
        }

        int contracts() {
            return contracts;
        }

        BigDecimal total() {
            return total;
        }

        Set<Currency> unconverted() {
            return unconverted;
        }
    }
}
