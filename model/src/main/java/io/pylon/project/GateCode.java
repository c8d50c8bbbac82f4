package io.pylon.project;

import java.util.Optional;

/**
 * The gates of the lifecycle (DESIGN.md section 2), each passing a project from one phase into the next. G0, the
 * decision to pursue, is taken when the project is created and has no phase before it.
 */
public enum GateCode {
    G0(null, Phase.PLANNING),
    G1(Phase.PLANNING, Phase.DESIGN),
    G2(Phase.DESIGN, Phase.FINANCING),
    G3(Phase.FINANCING, Phase.CONSTRUCTION),
    G4(Phase.CONSTRUCTION, Phase.OPERATION_AND_MAINTENANCE),
    G5(Phase.OPERATION_AND_MAINTENANCE, Phase.CLOSED);

    private final Phase from;
    private final Phase to;

    GateCode(Phase from, Phase to) {
        this.from = from;
        this.to = to;
    }

    /** The phase this gate ends; none for G0. */
    public Optional<Phase> from() {
        return Optional.ofNullable(from);
    }

    /** The phase a GO at this gate moves the project into. */
    public Phase to() {
        return to;
    }

    /** The gate that ends the phase. */
    public static GateCode ending(Phase phase) {
        for (GateCode code : values()) {
            if (phase == code.from) {
                return code;
            }
        }
        throw new IllegalArgumentException(phase + " has no gate after it");
    }
}
