package io.pylon.country;

import io.pylon.shared.DomainRuleViolation;
import io.pylon.shared.Reason;

/**
 * A country's OECD country risk category for export credits, 0 (least risk: the high-income OECD and euro-area
 * countries) to 7 (most), which sets the minimum premium an export credit agency charges there.
 */
public record RiskCategory(int value) {

    public static final int LOWEST = 0;
    public static final int HIGHEST = 7;

    public RiskCategory {
        if (value < LOWEST || value > HIGHEST) {
            throw new DomainRuleViolation("riskCategory", Reason.OUT_OF_RANGE,
                    "must be an OECD country risk category, " + LOWEST + " to " + HIGHEST);
        }
    }
}
