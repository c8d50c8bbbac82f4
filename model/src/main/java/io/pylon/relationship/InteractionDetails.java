package io.pylon.relationship;

import static io.pylon.shared.DomainRuleViolation.requirePresent;

import io.pylon.shared.DomainRuleViolation;
import io.pylon.shared.Reason;
import io.pylon.shared.Texts;
import java.time.LocalDate;

/** What happened when we met an agency: how, on which day, what was said and what came of it. */
public record InteractionDetails(InteractionKind kind, LocalDate occurredOn, String summary, String outcome) {

    public static final int MAX_TEXT = 2000;

    public InteractionDetails {
        requirePresent("kind", kind);
        requirePresent("occurredOn", occurredOn);
        summary = Texts.tidy("summary", summary, true, MAX_TEXT);
        outcome = Texts.tidy("outcome", outcome, false, MAX_TEXT);
    }

    /** An interaction is recorded after it happened, never ahead of time. */
    public void requireHappenedBy(LocalDate today) {
        if (occurredOn.isAfter(today)) {
            throw new DomainRuleViolation("occurredOn", Reason.IN_THE_FUTURE, "must not be in the future");
        }
    }
}
