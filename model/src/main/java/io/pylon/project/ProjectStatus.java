package io.pylon.project;

/** Where a project stands with its financier. */
public enum ProjectStatus {
    PIPELINE,
    ACTIVE,
    CLOSED,
    DROPPED
}
