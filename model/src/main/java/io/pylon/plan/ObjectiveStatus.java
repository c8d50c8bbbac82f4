package io.pylon.plan;

/** Where an objective of an account plan stands. */
public enum ObjectiveStatus {
    NOT_STARTED,
    ON_TRACK,
    AT_RISK,
    DONE,
    DROPPED
}
