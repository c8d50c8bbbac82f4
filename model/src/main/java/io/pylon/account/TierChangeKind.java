package io.pylon.account;

/** Why an account's tier changed: the Pareto analysis placed it, or a person set or removed an override. */
public enum TierChangeKind {
    COMPUTED,
    OVERRIDDEN,
    OVERRIDE_REMOVED
}
