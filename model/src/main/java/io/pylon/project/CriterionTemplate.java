package io.pylon.project;

import java.util.Objects;

/** A criterion as a gate template holds it: what must be shown, whether it blocks the gate, and its weight (should-meet only). */
public record CriterionTemplate(String text, CriterionKind kind, int weight) {

    public CriterionTemplate {
        Objects.requireNonNull(text);
        Objects.requireNonNull(kind);
        if (kind == CriterionKind.MUST_MEET && weight != 0 || weight < 0 || weight > 100) {
            throw new IllegalArgumentException("a must-meet criterion has no weight; a should-meet one 0 to 100: " + text);
        }
    }

    static CriterionTemplate mustMeet(String text) {
        return new CriterionTemplate(text, CriterionKind.MUST_MEET, 0);
    }

    static CriterionTemplate shouldMeet(String text, int weight) {
        return new CriterionTemplate(text, CriterionKind.SHOULD_MEET, weight);
    }
}
