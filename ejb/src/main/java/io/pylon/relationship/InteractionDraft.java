package io.pylon.relationship;

import java.util.Set;

/** An interaction as a caller describes it: participants by username on our side, by contact id on theirs. */
public record InteractionDraft(InteractionDetails details, Set<String> ourParticipants, Set<Long> theirParticipants) {

    public InteractionDraft {
        ourParticipants = Set.copyOf(ourParticipants);
        theirParticipants = Set.copyOf(theirParticipants);
    }
}
