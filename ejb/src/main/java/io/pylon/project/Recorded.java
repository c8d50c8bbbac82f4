package io.pylon.project;

/** What recording a project did: created it, revised the one of the same external id, or was refused. */
public enum Recorded {
    CREATED,
    UPDATED,
    /** A project of that external id exists, owned by an account the caller may not change. */
    NOT_PERMITTED
}
