package io.pylon.generator;

import io.pylon.relationship.InteractionKind;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/**
 * Visits, meetings, calls, e-mails and events over the last three years, more with the larger agencies: the account
 * lead always took part, a third of the time with the bid or project lead, and one or two of the agency's people.
 * Three in ten led to a follow-up due one to six weeks later, owned by one who took part: most of the older ones
 * completed, about half of the recent ones overdue, most of those not yet due still open.
 */
final class Interactions {

    private static final int WITHIN_DAYS = 3 * 365;
    private static final double[] KIND_SHARES = {0.20, 0.45, 0.70, 0.95, 1.0};
    private static final String[] OUTCOMES = {"Next steps agreed", "Asked for a revised financing proposal",
        "Decision expected next quarter", "Site visit to be arranged", "Budget approval still pending"};
    private static final String[] FOLLOW_UPS = {"Send the financing options", "Prepare the visit report",
        "Arrange a meeting with the ministry of finance", "Submit the revised schedule", "Share the reference projects"};

    /** One interaction as planned: with whom on both sides (the contacts by their position at the agency). */
    record InteractionPlan(Agency agency, InteractionKind kind, LocalDate occurred, List<Colleague> ours,
                           List<Integer> theirs, FollowUpPlan followUp) {
    }

    /** A follow-up, completed on {@code completed} or open (null). */
    record FollowUpPlan(String description, Colleague owner, LocalDate due, LocalDate completed) {
    }

    private final Today today;
    private final Contacts.Directory contacts;
    private final List<Agency> agencies;
    private final double[] agencyWeights;
    private final Dice.Roll agency;
    private final Dice.Roll kind;
    private final Dice.Roll occurred;
    private final Dice.Roll participants;
    private final Dice.Roll text;
    private final Dice.Roll work;
    private final Dice.Roll followUp;

    Interactions(Dice dice, Today today, Contacts.Directory contacts, List<Agency> agencies) {
        this.today = today;
        this.contacts = contacts;
        this.agencies = agencies;
        this.agencyWeights = Dice.cumulative(agencies.stream().mapToDouble(each -> Math.pow(each.weight(), 0.7)).toArray());
        this.agency = dice.roll("interaction.agency");
        this.kind = dice.roll("interaction.kind");
        this.occurred = dice.roll("interaction.occurred");
        this.participants = dice.roll("interaction.participants");
        this.text = dice.roll("interaction.text");
        this.work = dice.roll("interaction.work");
        this.followUp = dice.roll("interaction.followUp");
    }

    InteractionPlan plan(long index) {
        Agency with = agencies.get(agency.weighted(agencyWeights, index));
        double kindDraw = kind.unit(index);
        int at = 0;
        while (kindDraw >= KIND_SHARES[at]) {
            at++;
        }
        InteractionKind how = InteractionKind.values()[at];
        LocalDate on = today.minusDays(occurred.between(0, WITHIN_DAYS, index));
        Team team = with.team();
        List<Colleague> ours = participants.chance(0.35, index, 0)
                ? List.of(team.lead(), participants.chance(0.5, index, 1) ? team.bidLead() : team.projectLead())
                : List.of(team.lead());
        int people = contacts.countOf(with);
        int first = participants.between(0, people - 1, index, 2);
        boolean inPerson = how == InteractionKind.VISIT || how == InteractionKind.MEETING || how == InteractionKind.EVENT;
        List<Integer> theirs = inPerson && participants.chance(0.5, index, 3)
                ? List.of(first, (first + 1 + participants.between(0, people - 2, index, 4)) % people) : List.of(first);
        return new InteractionPlan(with, how, on, ours, theirs, followUpOf(index, on, ours));
    }

    private FollowUpPlan followUpOf(long index, LocalDate occurredOn, List<Colleague> ours) {
        if (!followUp.chance(0.3, index, 0)) {
            return null;
        }
        LocalDate due = occurredOn.plusDays(followUp.between(7, 45, index, 1));
        double completedShare = due.isBefore(today.minusDays(30)) ? 0.92 : due.isBefore(today.date()) ? 0.5 : 0.15;
        LocalDate completed = null;
        if (followUp.chance(completedShare, index, 2)) {
            LocalDate latest = today.notAfterToday(due.plusDays(14));
            completed = occurredOn.plusDays(Math.round(Timeline.days(occurredOn, latest) * followUp.unit(index, 3)));
        }
        return new FollowUpPlan(followUp.pick(FOLLOW_UPS, index, 4), ours.get(followUp.between(0, ours.size() - 1,
                index, 5)), due, completed);
    }

    void write(Database database, long count) throws SQLException {
        long ours = 0;
        long theirs = 0;
        long followUps = 0;
        for (long index = 0; index < count; index++) {
            InteractionPlan planned = plan(index);
            ours += planned.ours().size();
            theirs += planned.theirs().size();
            followUps += planned.followUp() == null ? 0 : 1;
        }
        IdBlocks interactionIds = database.ids("interaction");
        IdBlocks followUpIds = database.ids("follow_up");
        try (Inserts inserts = database.inserts()) {
            Inserts.Table interactions = inserts.into("interaction", count, "id", "version", "account_id", "kind",
                    "occurred_on", "summary", "outcome", "recorded_by", "recorded_at");
            Inserts.Table ourRows = inserts.into("interaction_our_participant", ours, "interaction_id", "user_id");
            Inserts.Table theirRows = inserts.into("interaction_their_participant", theirs, "interaction_id",
                    "contact_id");
            Inserts.Table followUpRows = inserts.into("follow_up", followUps, "id", "version", "interaction_id",
                    "description", "owner_id", "due_on", "completed_by", "completed_at");
            for (long index = 0; index < count; index++) {
                InteractionPlan planned = plan(index);
                long id = interactionIds.next();
                Colleague recorder = planned.ours().get(0);
                interactions.row(id, 0L, planned.agency().id(), planned.kind().name(), planned.occurred(),
                        summary(planned, index), text.chance(0.85, index, 1) ? text.pick(OUTCOMES, index, 2) : null,
                        recorder.username(), today.moment(today.notAfterToday(planned.occurred().plusDays(
                                text.between(0, 2, index, 3))), text.between(8, 18, index, 4), 0));
                for (Colleague colleague : planned.ours()) {
                    ourRows.row(id, colleague.id());
                }
                for (int position : planned.theirs()) {
                    theirRows.row(id, contacts.idOf(planned.agency(), position));
                }
                FollowUpPlan follow = planned.followUp();
                if (follow != null) {
                    boolean done = follow.completed() != null;
                    followUpRows.row(followUpIds.next(), 0L, id, follow.description(), follow.owner().id(),
                            follow.due(), done ? follow.owner().username() : null,
                            done ? today.moment(follow.completed(), 16, 30) : null);
                }
            }
        }
    }

    private String summary(InteractionPlan planned, long index) {
        String about = ProjectNames.work(work.pick(planned.agency().sectors(), index, 0), work, index);
        return switch (planned.kind()) {
            case VISIT -> "Visit to the agency's head office about the " + about + " programme";
            case MEETING -> "Progress meeting on the " + about;
            case CALL -> "Call about the tender schedule of the " + about;
            case EMAIL -> "Sent the prequalification documents for the " + about;
            case EVENT -> "Met the agency's delegation at the regional infrastructure forum";
        };
    }
}
