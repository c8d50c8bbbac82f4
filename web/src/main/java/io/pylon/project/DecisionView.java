package io.pylon.project;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A decision taken at a gate, as the API shows it. */
public record DecisionView(long id, long gateId, GateCode gate, Decision decision, String rationale,
                          List<ConditionView> conditions, String decidedBy, Instant decidedAt) {

    public record ConditionView(String text, LocalDate dueOn) {
    }

    static DecisionView of(GateDecision decision) {
        return new DecisionView(decision.id(), decision.gate().id(), decision.gate().code(), decision.decision(),
                decision.rationale(), decision.conditions().stream()
                .map(condition -> new ConditionView(condition.text(), condition.dueOn())).toList(),
                decision.decidedBy(), decision.decidedAt());
    }
}
