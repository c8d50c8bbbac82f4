package io.pylon.generator;

import io.pylon.account.Tier;
import io.pylon.account.TierChangeKind;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * How each account came to its tier over the last three years, as the tier history keeps it: every account started in
 * C; the nightly analysis (by "system", at 02:30) moved it, in one step or through another tier, to the tier computed
 * now; an account whose tier is set by hand had it overridden last, by its sponsor, for the reason in force; and a few
 * others had an override that was later removed. So each account's changes run on from C, one into the next, to its
 * tier in force.
 */
final class TierHistory {

    private static final int WITHIN_DAYS = 3 * 365;
    /** The nightly analysis runs at 02:30 (io.pylon.portfolio.NightlyTierPlacement). */
    private static final int NIGHTLY_HOUR = 2;
    private static final int NIGHTLY_MINUTE = 30;

    /** One change, from its tier to another. */
    record Change(TierChangeKind kind, Tier from, Tier to, String reason, boolean byPerson) {
    }

    private final Today today;
    private final TierPlacement tiers;
    private final Dice.Roll path;
    private final Dice.Roll when;

    TierHistory(Dice dice, Today today, TierPlacement tiers) {
        this.today = today;
        this.tiers = tiers;
        this.path = dice.roll("tierHistory.path");
        this.when = dice.roll("tierHistory.when");
    }

    List<Change> changesOf(Agency agency) {
        Tier computed = tiers.computed(agency);
        List<Tier> placements = new ArrayList<>();
        if (computed == Tier.C) {
            if (path.chance(0.15, agency.index(), 0)) {
                placements.add(Tier.B);
                placements.add(Tier.C);
            }
        } else {
            if (path.chance(0.3, agency.index(), 0)) {
                placements.add(computed == Tier.A ? Tier.B : Tier.A);
            }
            placements.add(computed);
        }
        List<Change> changes = new ArrayList<>();
        Tier current = Tier.C;
        for (Tier placed : placements) {
            changes.add(new Change(TierChangeKind.COMPUTED, current, placed, null, false));
            current = placed;
        }
        String reason = tiers.overrideReason(agency);
        if (reason != null) {
            changes.add(new Change(TierChangeKind.OVERRIDDEN, current, tiers.inForce(agency), reason, true));
        } else if (path.chance(0.05, agency.index(), 1)) {
            Tier overridden = current == Tier.B ? Tier.A : Tier.B;
            changes.add(new Change(TierChangeKind.OVERRIDDEN, current, overridden,
                    "Expected to sign the framework agreement this year", true));
            changes.add(new Change(TierChangeKind.OVERRIDE_REMOVED, overridden, current,
                    "The framework agreement was postponed", true));
        }
        return changes;
    }

    void write(Database database, List<Agency> agencies) throws SQLException {
        IdBlocks ids = database.ids("tier_change");
        try (Inserts inserts = database.inserts()) {
            Inserts.Table rows = inserts.into("tier_change", agencies.stream().mapToLong(a -> changesOf(a).size()).sum(),
                    "id", "account_id", "changed_at", "changed_by", "kind", "from_tier", "to_tier", "reason");
            for (Agency agency : agencies) {
                List<Change> changes = changesOf(agency);
                for (int position = 0; position < changes.size(); position++) {
                    Change change = changes.get(position);
                    LocalDate on = today.spreadOver(WITHIN_DAYS, position, changes.size(),
                            when.unit(agency.index(), position));
                    rows.row(ids.next(), agency.id(), change.byPerson() ? today.moment(on, 11, 0)
                                    : today.moment(on, NIGHTLY_HOUR, NIGHTLY_MINUTE),
                            change.byPerson() ? agency.team().sponsor().username() : "system", change.kind().name(),
                            change.from().name(), change.to().name(), change.reason());
                }
            }
        }
    }
}
