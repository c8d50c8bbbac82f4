package io.pylon.relationship;

/** How we met the agency. Only a VISIT counts for the visit cadence. */
public enum InteractionKind {
    VISIT,
    MEETING,
    CALL,
    EMAIL,
    EVENT
}
