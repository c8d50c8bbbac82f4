package io.pylon.relationship;

import io.pylon.account.Tier;
import io.pylon.api.FieldChecks;
import io.pylon.shared.Reason;
import java.util.EnumMap;
import java.util.Map;

/** The months between visits per tier, as {@code {"months": {"A": 1, "B": 3, "C": 6}}}; every tier, 1 to 24. */
public record VisitCadenceForm(Map<String, Integer> months) {

    VisitCadence cadence() {
        FieldChecks checks = new FieldChecks().required("months", months);
        Map<Tier, Integer> byTier = new EnumMap<>(Tier.class);
        if (months != null) {
            months.forEach((tier, interval) -> {
                Tier known = checks.oneOf("months." + tier, tier, Tier.class);
                if (known != null) {
                    byTier.put(known, interval);
                }
            });
            for (Tier tier : Tier.values()) {
                checks.required(VisitCadence.field(tier), byTier.get(tier))
                        .valid(VisitCadence.field(tier), byTier.get(tier),
                                interval -> interval >= VisitCadence.FEWEST_MONTHS && interval <= VisitCadence.MOST_MONTHS,
                                Reason.OUT_OF_RANGE, "must be between " + VisitCadence.FEWEST_MONTHS + " and "
                                        + VisitCadence.MOST_MONTHS + " months");
            }
        }
        checks.orThrow();
        return new VisitCadence(byTier);
    }
}
