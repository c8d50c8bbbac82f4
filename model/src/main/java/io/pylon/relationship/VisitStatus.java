package io.pylon.relationship;

/** Whether an account's next visit is far off, near, or late. */
public enum VisitStatus {
    /** The next visit is due more than {@link VisitSchedule#DUE_WINDOW_DAYS} days from today. */
    OK,
    /** The next visit is due today or within {@link VisitSchedule#DUE_WINDOW_DAYS} days. */
    DUE,
    /** The next visit was due before today. */
    OVERDUE
}
