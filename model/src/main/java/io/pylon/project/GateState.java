package io.pylon.project;

/** Where a gate stands: ahead of the project, held, passed, or where the project was killed. */
public enum GateState {
    PENDING,
    ON_HOLD,
    PASSED,
    KILLED
}
