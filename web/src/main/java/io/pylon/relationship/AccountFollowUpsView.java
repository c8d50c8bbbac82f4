package io.pylon.relationship;

import java.util.List;

/** An account's open follow-ups, the earliest due first, and when it is next due for a visit. */
public record AccountFollowUpsView(List<FollowUpView> items, VisitSchedule visit) {
}
