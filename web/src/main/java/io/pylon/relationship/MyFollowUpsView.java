package io.pylon.relationship;

import java.time.LocalDate;
import java.util.List;

/** What the signed-in user has to do: their open follow-ups by due date, and the visits due on the accounts they lead. */
public record MyFollowUpsView(List<MyFollowUp> followUps, List<DueVisit> visits) {

    /** One of the user's open follow-ups, with the account it concerns. */
    public record MyFollowUp(long id, long accountId, String accountName, long interactionId, String description,
                             LocalDate dueOn, boolean overdue) {

        static MyFollowUp of(FollowUp followUp, LocalDate today) {
            return new MyFollowUp(followUp.id(), followUp.interaction().account().id(),
                    followUp.interaction().account().name(), followUp.interaction().id(), followUp.description(),
                    followUp.dueOn(), followUp.isOverdue(today));
        }
    }

    /** An account the user leads whose visit is due or overdue. */
    public record DueVisit(long accountId, String accountName, VisitSchedule visit) {

        static DueVisit of(AccountVisit visit) {
            return new DueVisit(visit.account().id(), visit.account().name(), visit.schedule());
        }
    }
}
