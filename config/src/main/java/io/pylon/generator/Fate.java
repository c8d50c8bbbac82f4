package io.pylon.generator;

import io.pylon.project.GateState;

/** How a project stands at its next gate: going on, on hold there, or killed there. */
enum Fate {
    LIVE(GateState.PENDING),
    ON_HOLD(GateState.ON_HOLD),
    KILLED(GateState.KILLED);

    private final GateState nextGateState;

    Fate(GateState nextGateState) {
        this.nextGateState = nextGateState;
    }

    GateState nextGateState() {
        return nextGateState;
    }
}
