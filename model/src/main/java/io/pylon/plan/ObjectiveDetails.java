package io.pylon.plan;

import static io.pylon.shared.DomainRuleViolation.requirePresent;

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
        requirePresent("owner", owner);
        requirePresent("dueOn", dueOn);
        requirePresent("status", status);
        measures = measures == null ? List.of() : List.copyOf(measures);
        if (measures.size() > MAX_MEASURES) {
            throw new DomainRuleViolation("measures", Reason.OUT_OF_RANGE, "must have at most " + MAX_MEASURES + " entries");
        }
    }
}
