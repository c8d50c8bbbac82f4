package io.pylon.relationship;

import io.pylon.account.Contact;
import io.pylon.security.User;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** An interaction as the API shows it, with its participants and all its follow-ups. */
public record InteractionView(long id, long version, InteractionKind kind, LocalDate occurredOn, String summary,
                              String outcome, List<Colleague> ourParticipants, List<Counterpart> theirParticipants,
                              String recordedBy, Instant recordedAt, List<FollowUpView> followUps) {

    /** One of ours who took part. */
    public record Colleague(String username, String displayName) {
    }

    /** A contact at the agency who took part. */
    public record Counterpart(long id, String name) {
    }

    static InteractionView of(Interaction interaction, LocalDate today) {
        InteractionDetails details = interaction.details();
        return new InteractionView(interaction.id(), interaction.version(), details.kind(), details.occurredOn(),
                details.summary(), details.outcome(),
                interaction.ourParticipants().stream().sorted(Comparator.comparing(User::username))
                        .map(user -> new Colleague(user.username(), user.displayName())).toList(),
                interaction.theirParticipants().stream().map(contact -> new Counterpart(contact.id(), nameOf(contact)))
                        .sorted(Comparator.comparing(Counterpart::name)).toList(),
                interaction.recordedBy(), interaction.recordedAt(),
                interaction.followUps().stream().map(followUp -> FollowUpView.of(followUp, today)).toList());
    }

    private static String nameOf(Contact contact) {
        return contact.details().name();
    }
}
