package io.pylon.relationship;

import io.pylon.api.FieldChecks;

/** A follow-up as a client asks for it: what, whose (a username) and by when (YYYY-MM-DD). */
public record FollowUpForm(String description, String owner, String dueOn) {

    /** Its fields checked into {@code checks}, each named after {@code prefix} ({@code followUps[0].}). */
    FollowUpDraft draft(FieldChecks checks, String prefix) {
        checks.text(prefix + "description", description, true, FollowUp.MAX_DESCRIPTION)
                .text(prefix + "owner", owner, true, 64)
                .required(prefix + "dueOn", dueOn);
        return new FollowUpDraft(description, owner, checks.date(prefix + "dueOn", dueOn));
    }

    FollowUpDraft draft() {
        FieldChecks checks = new FieldChecks();
        FollowUpDraft draft = draft(checks, "");
        checks.orThrow();
        return draft;
    }
}
