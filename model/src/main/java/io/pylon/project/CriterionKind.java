package io.pylon.project;

/** A must-meet criterion blocks its gate until met or waived; a should-meet one is weighted and scored 0 to 5. */
public enum CriterionKind {
    MUST_MEET,
    SHOULD_MEET
}
