package io.pylon.relationship;

import static io.pylon.shared.DomainRuleViolation.requirePresent;

import io.pylon.account.Tier;
import io.pylon.shared.DomainRuleViolation;
import io.pylon.shared.Reason;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** How many months may pass between two visits of an account of each tier: 1 to 24, every tier given. */
public record VisitCadence(Map<Tier, Integer> months) {

    public static final int FEWEST_MONTHS = 1;
    public static final int MOST_MONTHS = 24;

    public VisitCadence {
        for (Tier tier : Tier.values()) {
            Integer interval = months.get(tier);
            requirePresent(field(tier), interval);
            if (interval < FEWEST_MONTHS || interval > MOST_MONTHS) {
                throw new DomainRuleViolation(field(tier), Reason.OUT_OF_RANGE,
                        "must be between " + FEWEST_MONTHS + " and " + MOST_MONTHS + " months");
            }
        }
        months = Collections.unmodifiableMap(new EnumMap<>(months));
    }

    /** The cadence of each tier as {@link Tier} defines it. */
    public static VisitCadence defaults() {
        Map<Tier, Integer> months = new EnumMap<>(Tier.class);
        Arrays.stream(Tier.values()).forEach(tier -> months.put(tier, tier.defaultVisitCadence().getMonths()));
        return new VisitCadence(months);
    }

    /** The defaults, with the months given for some tiers in their place. */
    public static VisitCadence defaultsWith(Map<Tier, Integer> overrides) {
        Map<Tier, Integer> months = new EnumMap<>(defaults().months());
        months.putAll(overrides);
        return new VisitCadence(months);
    }

    public int monthsFor(Tier tier) {
        return months.get(tier);
    }

    /** The name of a tier's months in a request, as errors name it. */
    public static String field(Tier tier) {
        return "months." + tier.name();
    }
}
