package io.pylon.generator;

import io.pylon.account.Tier;
import io.pylon.opportunity.OpportunityStage;
import io.pylon.portfolio.AccountValue;
import io.pylon.portfolio.Pareto;
import io.pylon.portfolio.TierCutPoints;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The generated accounts' tiers as the application's Pareto analysis would compute them today (won value plus
 * pipeline weighted by win probability, per currency, in dollars at today's rate, ranked by {@link Pareto}), among
 * the generated accounts; and on 3 % of them a tier a person set by hand, for a reason, which is then in force.
 */
final class TierPlacement {

    private static final double OVERRIDDEN_SHARE = 0.03;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final String[] REASONS = {"Strategic client for the regional rail programme",
        "Framework agreement signed: expected to grow fast", "Sovereign guarantee still pending: treated as one tier lower",
        "Board decision to develop the account"};

    private final Tier[] computed;
    private final Tier[] inForce;
    private final String[] reasons;

    private TierPlacement(Tier[] computed, Tier[] inForce, String[] reasons) {
        this.computed = computed;
        this.inForce = inForce;
        this.reasons = reasons;
    }

    static TierPlacement of(List<Agency> agencies, List<OpportunityPlan> opportunities, Currencies currencies,
                            TierCutPoints cutPoints, Dice dice) {
        List<Map<Currency, BigDecimal[]>> held = new ArrayList<>(agencies.size());
        agencies.forEach(agency -> held.add(new HashMap<>()));
        for (OpportunityPlan opportunity : opportunities) {
            if (opportunity.stage() == OpportunityStage.LOST) {
                continue;
            }
            BigDecimal[] sums = held.get(opportunity.account().index()).computeIfAbsent(opportunity.currency(),
                    none -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            if (opportunity.stage() == OpportunityStage.WON) {
                sums[0] = sums[0].add(opportunity.value());
            } else {
                sums[1] = sums[1].add(opportunity.value().multiply(BigDecimal.valueOf(opportunity.winProbability())));
            }
        }
        List<AccountValue> values = new ArrayList<>(agencies.size());
        Map<Long, Integer> indexOf = new HashMap<>();
        for (Agency agency : agencies) {
            BigDecimal contracted = BigDecimal.ZERO;
            BigDecimal pipeline = BigDecimal.ZERO;
            for (Map.Entry<Currency, BigDecimal[]> sums : held.get(agency.index()).entrySet()) {
                contracted = contracted.add(currencies.toDollars(sums.getValue()[0], sums.getKey()));
                pipeline = pipeline.add(currencies.toDollars(
                        sums.getValue()[1].divide(HUNDRED).setScale(2, RoundingMode.HALF_EVEN), sums.getKey()));
            }
            values.add(new AccountValue(agency.id(), contracted, pipeline));
            indexOf.put(agency.id(), agency.index());
        }
        Tier[] computed = new Tier[agencies.size()];
        for (Pareto.Placement placement : Pareto.rank(values, cutPoints)) {
            computed[indexOf.get(placement.account().accountId())] = placement.tier();
        }
        Tier[] inForce = computed.clone();
        String[] reasons = new String[agencies.size()];
        Dice.Roll overridden = dice.roll("tier.override");
        for (int index = 0; index < computed.length; index++) {
            if (overridden.chance(OVERRIDDEN_SHARE, index, 0)) {
                inForce[index] = computed[index] == Tier.B ? Tier.A : Tier.B;
                reasons[index] = overridden.pick(REASONS, index, 1);
            }
        }
        return new TierPlacement(computed, inForce, reasons);
    }

    Tier computed(Agency agency) {
        return computed[agency.index()];
    }

    Tier inForce(Agency agency) {
        return inForce[agency.index()];
    }

    /** Why the tier in force was set by hand; null where the computed tier is in force. */
    String overrideReason(Agency agency) {
        return reasons[agency.index()];
    }
}
