package io.pylon.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pylon.shared.CountryCode;
import io.pylon.shared.DomainRuleViolation;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class AccountTierTest {

    private static final Instant NOW = Instant.parse("2026-11-27T02:00:00Z");

    private final Account account = new Account(new AccountProfile("Kenya Railways Corporation", null,
            CountryCode.of("KEN"), AgencyType.STATE_OWNED_ENTERPRISE, EnumSet.of(Sector.RAIL), null, null));

    @Test
    void startsInCAndTakesTheComputedTier() {
        assertThat(account.tier()).isEqualTo(Tier.C);

        TierChange change = account.placeInTier(Tier.A, "system", NOW).orElseThrow();

        assertThat(account.tier()).isEqualTo(Tier.A);
        assertThat(change.kind()).isEqualTo(TierChangeKind.COMPUTED);
        assertThat(change.fromTier()).isEqualTo(Tier.C);
        assertThat(change.toTier()).isEqualTo(Tier.A);
        assertThat(change.changedBy()).isEqualTo("system");
        assertThat(account.placeInTier(Tier.A, "system", NOW)).as("no change, no history").isEmpty();
    }

    @Test
    void anOverrideSurvivesRecomputationUntilRemoved() {
        account.placeInTier(Tier.B, "system", NOW);
        TierChange overridden = account.overrideTier(Tier.A, "  Strategic   for the 2027 rail programme ", "exec", NOW);

        assertThat(overridden.reason()).isEqualTo("Strategic for the 2027 rail programme");
        assertThat(account.placeInTier(Tier.C, "system", NOW)).isEmpty();
        assertThat(account.tier()).isEqualTo(Tier.A);
        assertThat(account.computedTier()).isEqualTo(Tier.C);
        assertThat(account.isTierOverridden()).isTrue();

        TierChange removed = account.removeTierOverride(null, "admin", NOW).orElseThrow();

        assertThat(removed.kind()).isEqualTo(TierChangeKind.OVERRIDE_REMOVED);
        assertThat(removed.fromTier()).isEqualTo(Tier.A);
        assertThat(removed.toTier()).isEqualTo(Tier.C);
        assertThat(account.tier()).isEqualTo(Tier.C);
        assertThat(account.isTierOverridden()).isFalse();
        assertThat(account.removeTierOverride(null, "admin", NOW)).isEmpty();
    }

    @Test
    void anOverrideNeedsAReasonAndATier() {
        assertThatThrownBy(() -> account.overrideTier(Tier.A, "  ", "exec", NOW)).isInstanceOf(DomainRuleViolation.class)
                .extracting(e -> ((DomainRuleViolation) e).field()).isEqualTo("reason");
        assertThatThrownBy(() -> account.overrideTier(null, "why", "exec", NOW)).isInstanceOf(DomainRuleViolation.class)
                .extracting(e -> ((DomainRuleViolation) e).field()).isEqualTo("tier");
        assertThat(account.isTierOverridden()).isFalse();
    }
}
