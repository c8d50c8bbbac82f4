package io.pylon.project;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A decision taken at a gate, as the API shows it, with its conditions and where each stands. */
public record DecisionView(long id, long gateId, GateCode gate, Decision decision, String rationale,
                          List<ConditionView> conditions, String decidedBy, Instant decidedAt) {

    /** The decision, its conditions met as {@code met} records say. */
    static DecisionView of(GateDecision decision, List<ConditionMet> met, LocalDate today) {
        return new DecisionView(decision.id(), decision.gate().id(), decision.gate().code(), decision.decision(),
                decision.rationale(), ConditionView.of(decision, met, today), decision.decidedBy(),
                decision.decidedAt());
    }
}
