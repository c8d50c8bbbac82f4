package io.pylon.relationship;

import java.time.LocalDate;

/** A follow-up as a caller asks for it: what, who by username, and by when. */
public record FollowUpDraft(String description, String owner, LocalDate dueOn) {
}
