package io.pylon.portfolio;

import io.pylon.account.Tier;
import io.pylon.shared.DomainRuleViolation;
import io.pylon.shared.Reason;
import java.math.BigDecimal;

/**
 * Where the Pareto ranking cuts between tiers, as whole percentages of the total value: the accounts making up the
 * first {@code aPercent} are A, the next {@code bPercent} B, the rest C (default 80 and 15).
 * <p>
 * The rule, exactly: going down the ranking, an account is A while the cumulative share of the accounts before it
 * is below {@code aPercent} (so the account that crosses the cut is still A), B while it is below
 * {@code aPercent + bPercent}, and C after that. An account with no value is C wherever it stands.
 */
public record TierCutPoints(int aPercent, int bPercent) {

    public static final TierCutPoints DEFAULT = new TierCutPoints(80, 15);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public TierCutPoints {
        if (aPercent < 1 || aPercent > 100) {
            throw new DomainRuleViolation("aPercent", Reason.OUT_OF_RANGE, "must be between 1 and 100");
        }
        if (bPercent < 0 || aPercent + bPercent > 100) {
            throw new DomainRuleViolation("bPercent", Reason.OUT_OF_RANGE,
                    "must be between 0 and " + (100 - aPercent) + " (100 minus aPercent)");
        }
    }

    /** The tier of an account worth value, when the accounts before it in the ranking are worth valueBefore. */
    public Tier tierOf(BigDecimal value, BigDecimal valueBefore, BigDecimal total) {
        if (value.signum() <= 0) {
            return Tier.C;
        }
        // valueBefore / total < aPercent / 100, without dividing.
        BigDecimal before = valueBefore.multiply(HUNDRED);
        if (before.compareTo(total.multiply(BigDecimal.valueOf(aPercent))) < 0) {
            return Tier.A;
        }
        if (before.compareTo(total.multiply(BigDecimal.valueOf(aPercent + bPercent))) < 0) {
            return Tier.B;
        }
        return Tier.C;
    }
}
