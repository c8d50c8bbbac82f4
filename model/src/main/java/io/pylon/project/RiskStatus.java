package io.pylon.project;

/** Where a risk stands: still possible, happened (now an issue to manage), or no longer relevant. */
public enum RiskStatus {
    OPEN,
    OCCURRED,
    CLOSED;

    /** Open risks are the ones the heat map and the exposure count. */
    public boolean isOpen() {
        return this == OPEN;
    }
}
