package io.pylon.project;

/**
 * What the deciders of a gate decide. GO passes the project into the next phase; CONDITIONAL_GO does too, with
 * conditions to meet by their due dates; HOLD stops it at the gate until a later decision; RECYCLE sends it back
 * to the start of its phase, the gate's criteria open again; KILL ends it.
 */
public enum Decision {
    GO,
    CONDITIONAL_GO,
    HOLD,
    RECYCLE,
    KILL;

    public boolean passes() {
        return this == GO || this == CONDITIONAL_GO;
    }
}
