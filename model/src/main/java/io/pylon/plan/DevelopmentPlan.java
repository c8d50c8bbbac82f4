package io.pylon.plan;

import io.pylon.shared.DomainRuleViolation;
import io.pylon.shared.Money;
import io.pylon.shared.Reason;
import io.pylon.shared.Texts;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;

/**
 * One of the agency's own plans, such as a national railway master plan: its name, the years it
 * spans (from and to, inclusive) and its budget where known.
 */
@Embeddable
public record DevelopmentPlan(@Column(name = "name", nullable = false, length = MAX_NAME) String name,
                              @Column(name = "horizon_from", nullable = false) int horizonFrom,
                              @Column(name = "horizon_to", nullable = false) int horizonTo,
                              @Embedded
                              @AttributeOverride(name = "amount", column = @Column(name = "budget_amount", precision = 19, scale = Money.SCALE))
                              @AttributeOverride(name = "currency", column = @Column(name = "budget_currency", length = 3))
                              Money budget) {

    public static final int MAX_NAME = 200;
    /** National plans run to 2050 and beyond; a horizon outside these years is a typing error. */
    public static final int EARLIEST_YEAR = 1950;
    public static final int LATEST_YEAR = 2100;

    public DevelopmentPlan {
        name = Texts.tidy("name", name, true, MAX_NAME);
        requireYear("horizonFrom", horizonFrom);
        requireYear("horizonTo", horizonTo);
        if (horizonTo < horizonFrom) {
            throw new DomainRuleViolation("horizonTo", Reason.OUT_OF_RANGE, "must not be before horizonFrom");
        }
    }

    private static void requireYear(String field, int year) {
        if (year < EARLIEST_YEAR || year > LATEST_YEAR) {
            throw new DomainRuleViolation(field, Reason.OUT_OF_RANGE,
                    "must be a year between " + EARLIEST_YEAR + " and " + LATEST_YEAR);
        }
    }
}
