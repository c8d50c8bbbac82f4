package io.pylon.relationship;

import java.time.Instant;
import java.time.LocalDate;

/** A follow-up as the API shows it; overdue when open and due before today. */
public record FollowUpView(long id, long version, long interactionId, String description, String owner,
                           String ownerName, LocalDate dueOn, boolean open, boolean overdue, String completedBy,
                           Instant completedAt) {

    static FollowUpView of(FollowUp followUp, LocalDate today) {
        return new FollowUpView(followUp.id(), followUp.version(), followUp.interaction().id(), followUp.description(),
                followUp.owner().username(), followUp.owner().displayName(), followUp.dueOn(), followUp.isOpen(),
                followUp.isOverdue(today), followUp.completedBy(), followUp.completedAt());
    }
}
