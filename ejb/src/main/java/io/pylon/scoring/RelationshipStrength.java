package io.pylon.scoring;

import io.pylon.account.ContactDetails;
import io.pylon.account.Influence;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * RELATIONSHIP_STRENGTH: the relationship strength (1 to 5) of the account's contacts, averaged
 * with weights by influence: a decision maker counts 4, an influencer or gatekeeper 2, a user 1.
 * The average scores as a rating: 1 scores 0, 5 scores 100. No contacts, no data.
 */
@Dependent
public class RelationshipStrength implements Measure {

    static final Map<Influence, Integer> WEIGHTS = Map.of(
            Influence.DECISION_MAKER, 4, Influence.INFLUENCER, 2, Influence.GATEKEEPER, 2, Influence.USER, 1);

    @PersistenceContext
    EntityManager em;

    /** The contacts of one influence at one account: how many, and their strengths added up. */
    record Contacts(long count, long strengthSum) {
    }

    @Override
    public Criterion criterion() {
        return Criterion.RELATIONSHIP_STRENGTH;
    }

    @Override
    public Map<Long, Measurement> measure(AccountRange accounts, ScoringBasis basis) {
        List<Object[]> rows = em.createQuery("""
                        select c.account.id, c.influence, count(c), sum(c.relationshipStrength) from Contact c
                        where c.account.id between :first and :last
                        group by c.account.id, c.influence""", Object[].class)
                .setParameter("first", accounts.first())
                .setParameter("last", accounts.last())
                .getResultList();
        Map<Long, Map<Influence, Contacts>> byAccount = new HashMap<>();
        for (Object[] row : rows) {
            byAccount.computeIfAbsent((Long) row[0], id -> new EnumMap<>(Influence.class))
                    .put((Influence) row[1], new Contacts(((Number) row[2]).longValue(), ((Number) row[3]).longValue()));
        }
        Map<Long, Measurement> measured = new HashMap<>();
        byAccount.forEach((accountId, contacts) -> measured.put(accountId, of(contacts)));
        return measured;
    }

    /** The measurement of an account with these contacts, by influence. */
    static Measurement of(Map<Influence, Contacts> byInfluence) {
        long weightedSum = 0;
        long weights = 0;
        long people = 0;
        for (Map.Entry<Influence, Contacts> entry : byInfluence.entrySet()) {
            int weight = WEIGHTS.get(entry.getKey());
            weightedSum += weight * entry.getValue().strengthSum();
            weights += weight * entry.getValue().count();
            people += entry.getValue().count();
        }
        BigDecimal average = BigDecimal.valueOf(weightedSum).divide(BigDecimal.valueOf(weights), MathContext.DECIMAL64);
        long decisionMakers = byInfluence.getOrDefault(Influence.DECISION_MAKER, new Contacts(0, 0)).count();
        String shown = Scales.twoDecimals(average);
        return Measurement.of(average, Scales.fromOneToFive(average), new Explanation("relationship.measured",
                Map.of("contacts", String.valueOf(people), "decisionMakers", String.valueOf(decisionMakers),
                        "average", shown),
                people + " contacts, " + decisionMakers + " of them decision makers: strength " + shown + " of "
                        + ContactDetails.STRONGEST + " weighted by influence (decision makers count 4, influencers "
                        + "and gatekeepers 2, users 1)"));
    }

    @Override
    public Measurement nothingFound() {
        return Measurement.none(new Explanation("relationship.none", Map.of(), "No contacts recorded at the agency"));
    }
}
