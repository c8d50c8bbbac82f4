package io.pylon.account;

import java.time.Period;

/**
 * An account's weight in the business: A carries most of the value, C the least. Each tier comes with the
 * default interval between visits; the interval in force is configurable.
 */
public enum Tier {
    A(Period.ofMonths(1)),
    B(Period.ofMonths(3)),
    C(Period.ofMonths(6));

    private final Period defaultVisitCadence;

    Tier(Period defaultVisitCadence) {
        this.defaultVisitCadence = defaultVisitCadence;
    }

    public Period defaultVisitCadence() {
        return defaultVisitCadence;
    }
}
