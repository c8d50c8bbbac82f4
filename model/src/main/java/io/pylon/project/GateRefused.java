package io.pylon.project;

import java.util.List;

/**
 * A decision the gate's rules refuse whatever the input's form: a GO while must-meet criteria are neither met nor
 * waived (they are listed), a decision on a gate that is not the project's next one, or on a killed project.
 */
public class GateRefused extends RuntimeException {

    private final List<GateCriterion> unmet;

    public GateRefused(String message, List<GateCriterion> unmet) {
        super(message);
        this.unmet = List.copyOf(unmet);
    }

    public GateRefused(String message) {
        this(message, List.of());
    }

    /** The must-meet criteria that stand in the way, if that is the reason. */
    public List<GateCriterion> unmet() {
        return unmet;
    }
}
