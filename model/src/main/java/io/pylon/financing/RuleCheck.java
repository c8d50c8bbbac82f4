package io.pylon.financing;

/** The outcome of one OECD Arrangement rule for a plan, in words that say by how much a failing plan misses it. */
public record RuleCheck(ArrangementRule rule, Outcome outcome, String message) {

    public enum Outcome {
        PASSED,
        FAILED,
        /** Allowed only under conditions the Arrangement sets: a person must look at it. */
        REVIEW,
        /** Nothing to check, or not enough given to check it. */
        NOT_APPLICABLE
    }

    public boolean passed() {
        return outcome == Outcome.PASSED || outcome == Outcome.NOT_APPLICABLE;
    }
}
