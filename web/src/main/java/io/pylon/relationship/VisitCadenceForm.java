package io.pylon.relationship;

import io.pylon.account.Tier;
import io.pylon.api.FieldChecks;
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
                        .between(VisitCadence.field(tier), byTier.get(tier), VisitCadence.FEWEST_MONTHS,
                                VisitCadence.MOST_MONTHS);
            }
        }
        checks.orThrow();
        return new VisitCadence(byTier);
    }
}
