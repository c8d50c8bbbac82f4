package io.pylon.portfolio;

import io.pylon.account.Account;
import io.pylon.account.Tier;

/** An account's tier: the one in force, the computed one, and the override with its reason, if any. */
public record TierView(long accountId, Tier tier, Tier computedTier, boolean overridden, String overrideReason) {

    static TierView of(Account account) {
        return new TierView(account.id(), account.tier(), account.computedTier(), account.isTierOverridden(),
                account.tierOverrideReason());
    }
}
