package io.pylon.relationship;

import io.pylon.account.Account;

/** An account with its visit schedule. */
public record AccountVisit(Account account, VisitSchedule schedule) {
}
