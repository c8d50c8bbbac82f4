package io.pylon.portfolio;

import io.pylon.account.Tier;
import io.pylon.account.TierChange;
import io.pylon.account.TierChangeKind;
import java.time.Instant;

/** One change of an account's tier: who ({@code system} for the nightly run), when, of what kind, from, to, why. */
public record TierChangeView(Instant changedAt, String changedBy, TierChangeKind kind, Tier from, Tier to,
                             String reason) {

    static TierChangeView of(TierChange change) {
        return new TierChangeView(change.changedAt(), change.changedBy(), change.kind(), change.fromTier(),
                change.toTier(), change.reason());
    }
}
