package io.pylon.relationship;

import io.pylon.api.FieldChecks;
import io.pylon.shared.Reason;

/**
 * A follow-up as a client raises or revises it: what, whose (a username) and by when (YYYY-MM-DD);
 * {@code version} only when revising.
 */
public record FollowUpForm(String description, String owner, String dueOn, Long version) {

    /** Its fields checked into {@code checks}, each named after {@code prefix} ({@code followUps[0].}). */
    FollowUpDraft draft(FieldChecks checks, String prefix) {
        checks.text(prefix + "description", description, true, FollowUp.MAX_DESCRIPTION)
                .text(prefix + "owner", owner, true, 64)
                .required(prefix + "dueOn", dueOn);
        return new FollowUpDraft(description, owner, checks.date(prefix + "dueOn", dueOn));
    }

    /** The follow-up as a request of its own: raising one, or revising one with the version read. */
    FollowUpDraft draft(boolean revising) {
        FieldChecks checks = new FieldChecks();
        FollowUpDraft draft = draft(checks, "");
        if (revising) {
            checks.required("version", version).valid("version", version, v -> v >= 0, Reason.OUT_OF_RANGE,
                    "must not be negative");
        }
        checks.orThrow();
        return draft;
    }
}
