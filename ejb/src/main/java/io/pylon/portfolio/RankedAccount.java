package io.pylon.portfolio;

import io.pylon.account.Account;
import io.pylon.account.Tier;
import io.pylon.shared.CountryCode;

/**
 * An account as the Pareto ranking shows it, read as five columns rather than as an entity: the analysis of a
 * large portfolio then neither hydrates nor tracks thousands of accounts it only names.
 */
public record RankedAccount(long id, String name, CountryCode country, Tier tier, String tierOverrideReason) {

    /** The JPQL select list this record is built from, for the account aliased {@code a}. */
    static final String SELECTION = "new io.pylon.portfolio.RankedAccount(a.id, a.name, a.country, a.tier, "
            + "a.tierOverrideReason)";

    static RankedAccount of(Account account) {
        return new RankedAccount(account.id(), account.name(), account.country(), account.tier(),
                account.tierOverrideReason());
    }

    public boolean overridden() {
        return tierOverrideReason != null;
    }
}
