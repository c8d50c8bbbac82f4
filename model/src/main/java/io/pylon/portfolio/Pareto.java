package io.pylon.portfolio;

import io.pylon.account.Tier;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The Pareto ranking of a portfolio: accounts by value, highest first (equal values by account id, lowest
 * first, so the order is stable), each with its share of the total, the cumulative share up to and including
 * it, and the tier {@link TierCutPoints} gives it. Shares are exact fractions rounded half-even to
 * {@value #SHARE_SCALE} decimals for showing; the tiers are decided on the exact values. With no value at all,
 * every share is zero and every account is C.
 */
public final class Pareto {

    public static final int SHARE_SCALE = 10;

    private static final Comparator<AccountValue> RANKING = Comparator.comparing(AccountValue::value).reversed()
            .thenComparingLong(AccountValue::accountId);

    private Pareto() {
    }

    /** One account's place in the ranking. */
    public record Placement(AccountValue account, BigDecimal share, BigDecimal cumulativeShare, Tier tier) {
    }

    public static List<Placement> rank(Collection<AccountValue> accounts, TierCutPoints cutPoints) {
        List<AccountValue> ranked = accounts.stream().sorted(RANKING).toList();
        BigDecimal total = ranked.stream().map(AccountValue::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<Placement> placements = new ArrayList<>(ranked.size());
        BigDecimal before = BigDecimal.ZERO;
        for (AccountValue account : ranked) {
            BigDecimal value = account.value();
            BigDecimal upToHere = before.add(value);
            placements.add(new Placement(account, fraction(value, total), fraction(upToHere, total),
                    cutPoints.tierOf(value, before, total)));
            before = upToHere;
        }
        return placements;
    }

    private static BigDecimal fraction(BigDecimal part, BigDecimal total) {
        if (total.signum() == 0) {
            return BigDecimal.ZERO.setScale(SHARE_SCALE);
        }
        return part.divide(total, SHARE_SCALE, RoundingMode.HALF_EVEN);
    }
}
