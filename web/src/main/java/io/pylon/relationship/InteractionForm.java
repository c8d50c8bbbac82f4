package io.pylon.relationship;

import io.pylon.api.FieldChecks;
import io.pylon.shared.Reason;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * An interaction as a client records or revises it: kind, date as YYYY-MM-DD, our participants by
 * username, theirs by contact id, and when recording it the follow-ups it led to; {@code version}
 * only when revising.
 */
public record InteractionForm(String kind, String occurredOn, List<String> ourParticipants, List<Long> theirParticipants,
                              String summary, String outcome, List<FollowUpForm> followUps, Long version) {

    record Checked(InteractionDraft draft, List<FollowUpDraft> followUps) {
    }

    Checked checked(boolean revising) {
        FieldChecks checks = new FieldChecks()
                .required("kind", kind)
                .required("occurredOn", occurredOn)
                .text("summary", summary, true, InteractionDetails.MAX_TEXT)
                .text("outcome", outcome, false, InteractionDetails.MAX_TEXT)
                .valid("ourParticipants", ourParticipants, list -> !list.contains(null), Reason.REQUIRED,
                        "must not contain null")
                .valid("theirParticipants", theirParticipants, list -> !list.contains(null), Reason.REQUIRED,
                        "must not contain null")
                .valid("followUps", followUps, list -> !list.contains(null), Reason.REQUIRED, "must not contain null");
        InteractionKind checkedKind = checks.oneOf("kind", kind, InteractionKind.class);
        LocalDate date = checks.date("occurredOn", occurredOn);
        List<FollowUpDraft> followUpDrafts = new ArrayList<>();
        if (revising) {
            checks.required("version", version)
                    .valid("version", version, v -> v >= 0, Reason.OUT_OF_RANGE, "must not be negative")
                    .valid("followUps", followUps, List::isEmpty, Reason.NOT_ALLOWED,
                            "are raised on the interaction's follow-ups, not by revising it");
        } else if (followUps != null) {
            for (int i = 0; i < followUps.size(); i++) {
                if (followUps.get(i) != null) {
                    followUpDrafts.add(followUps.get(i).draft(checks, "followUps[" + i + "]."));
                }
            }
        }
        checks.orThrow();
        return new Checked(new InteractionDraft(new InteractionDetails(checkedKind, date, summary, outcome),
                new HashSet<>(Objects.requireNonNullElse(ourParticipants, List.of())),
                new HashSet<>(Objects.requireNonNullElse(theirParticipants, List.of()))), followUpDrafts);
    }
}
