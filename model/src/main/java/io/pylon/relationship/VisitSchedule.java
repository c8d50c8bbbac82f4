package io.pylon.relationship;

import io.pylon.account.Tier;
import java.time.LocalDate;

/**
 * When an account was last visited and when its next visit falls due: the last visit plus the
 * cadence of its tier, or today if it was never visited. The status says how near that is.
 */
public record VisitSchedule(Tier tier, int cadenceMonths, LocalDate lastVisit, LocalDate nextDue, VisitStatus status) {

    /** How many days ahead a visit counts as due rather than fine. */
    public static final int DUE_WINDOW_DAYS = 14;

    public static VisitSchedule of(Tier tier, VisitCadence cadence, LocalDate lastVisit, LocalDate today) {
        int months = cadence.monthsFor(tier);
        LocalDate nextDue = lastVisit == null ? today : lastVisit.plusMonths(months);
        VisitStatus status;
        if (nextDue.isBefore(today)) {
            status = VisitStatus.OVERDUE;
        } else if (nextDue.isAfter(today.plusDays(DUE_WINDOW_DAYS))) {
            status = VisitStatus.OK;
        } else {
            status = VisitStatus.DUE;
        }
        return new VisitSchedule(tier, months, lastVisit, nextDue, status);
    }

    /** Due or overdue: someone should plan a visit. */
    public boolean needsVisit() {
        return status != VisitStatus.OK;
    }
}
