package io.pylon.project;

/** Where a project is in its life, in order; it moves on only through the gate that ends its phase. */
public enum Phase {
    PLANNING,
    DESIGN,
    FINANCING,
    CONSTRUCTION,
    OPERATION_AND_MAINTENANCE,
    CLOSED;

    /**
     * The phase of a project imported from a financier's export, from the financier's status: a pipeline project
     * is still being planned, an active one is being built, a closed or dropped one is over.
     */
    public static Phase ofImported(ProjectStatus status) {
        return switch (status) {
            case PIPELINE -> PLANNING;
            case ACTIVE -> CONSTRUCTION;
            case CLOSED, DROPPED -> CLOSED;
        };
    }
}
