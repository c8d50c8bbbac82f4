package io.pylon.plan;

import io.pylon.security.User;
import io.pylon.shared.DomainRuleViolation;
import io.pylon.shared.Reason;
import io.pylon.shared.Texts;
import java.time.LocalDate;
import java.util.List;

/** What an objective of an account plan says: what, who owns it, by when, where it stands, how it is measured. */
public record ObjectiveDetails(String title, User owner, LocalDate dueOn, ObjectiveStatus status, List<Measure> measures) {

    public static final int MAX_TITLE = 300;
    public static final int MAX_MEASURES = 20;

    public ObjectiveDetails {
        title = Texts.tidy("title", title, true, MAX_TITLE);
        if (owner == null) {
            throw new DomainRuleViolation("owner", Reason.REQUIRED, "is required");
        }
        if (dueOn == null) {
            throw new DomainRuleViolation("dueOn", Reason.REQUIRED, "is required");
        }
        if (status == null) {
            throw new DomainRuleViolation("status", Reason.REQUIRED, "is required");
        }
        measures = measures == null ? List.of() : List.copyOf(measures);
        if (measures.size() > MAX_MEASURES) {
            throw new DomainRuleViolation("measures", Reason.OUT_OF_RANGE, "must have at most " + MAX_MEASURES + " entries");
        }
    }
}
