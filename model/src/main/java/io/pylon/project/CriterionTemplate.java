package io.pylon.project;

import io.pylon.shared.DomainRuleViolation;
import io.pylon.shared.Reason;
import io.pylon.shared.Texts;

/**
 * A criterion as a gate template holds it: what must be shown (tidied, as {@link GateCriterion} keeps it), whether
 * it blocks the gate, and its weight: 0 for a must-meet one, which is met or waived rather than weighed; 0 to
 * {@link GateCriterion#MAX_WEIGHT} for a should-meet one.
 */
public record CriterionTemplate(String text, CriterionKind kind, int weight) {

    public CriterionTemplate {
        text = Texts.tidy("text", text, true, GateCriterion.MAX_TEXT);
        DomainRuleViolation.requirePresent("kind", kind);
        if (weight < 0 || weight > GateCriterion.MAX_WEIGHT) {
            throw new DomainRuleViolation("weight", Reason.OUT_OF_RANGE,
                    "must be between 0 and " + GateCriterion.MAX_WEIGHT);
        }
        if (kind == CriterionKind.MUST_MEET && weight != 0) {
            throw new DomainRuleViolation("weight", Reason.NOT_ALLOWED,
                    "a must-meet criterion is met or waived, never weighed: its weight is 0");
        }
    }

    static CriterionTemplate mustMeet(String text) {
        return new CriterionTemplate(text, CriterionKind.MUST_MEET, 0);
    }

    static CriterionTemplate shouldMeet(String text, int weight) {
        return new CriterionTemplate(text, CriterionKind.SHOULD_MEET, weight);
    }
}
