package io.pylon.imports;

/** Where an import is: waiting, being processed, done with a report, or failed as a whole. */
public enum ImportState {
    QUEUED,
    RUNNING,
    DONE,
    FAILED
}
