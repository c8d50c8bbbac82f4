package io.pylon.portfolio;

import io.pylon.account.Tier;
import io.pylon.account.TierChange;
import io.pylon.api.FieldChecks;

/** A manual tier as a client sets it: the tier (A, B or C) and why, both required. */
public record TierForm(String tier, String reason) {

    Tier checkedTier() {
        FieldChecks checks = new FieldChecks()
                .required("tier", tier)
                .text("reason", reason, true, TierChange.MAX_REASON);
        Tier chosen = checks.oneOf("tier", tier, Tier.class);
        checks.orThrow();
        return chosen;
    }
}
