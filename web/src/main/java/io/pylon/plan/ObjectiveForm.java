package io.pylon.plan;

import io.pylon.api.FieldChecks;
import io.pylon.shared.Reason;
import java.time.LocalDate;
import java.util.List;

/**
 * An objective as a client sends it to add or update one: the owner by username, the due date
 * as YYYY-MM-DD, the status as one of {@link ObjectiveStatus}; {@code version} only when updating.
 */
public record ObjectiveForm(String title, String owner, String dueOn, String status, List<MeasureForm> measures,
                            Long version) {

    public record MeasureForm(String description, String target) {
    }

    ObjectiveDraft draft(boolean updating) {
        FieldChecks checks = new FieldChecks()
                .text("title", title, true, ObjectiveDetails.MAX_TITLE)
                .text("owner", owner, true, 64)
                .required("dueOn", dueOn)
                .required("status", status)
                .valid("measures", measures, list -> list.size() <= ObjectiveDetails.MAX_MEASURES, Reason.OUT_OF_RANGE,
                        "must have at most " + ObjectiveDetails.MAX_MEASURES + " entries");
        LocalDate due = checks.date("dueOn", dueOn);
        ObjectiveStatus state = checks.oneOf("status", status, ObjectiveStatus.class);
        for (int i = 0; measures != null && i < measures.size(); i++) {
            MeasureForm measure = measures.get(i);
            checks.text("measures[" + i + "].description", measure == null ? null : measure.description(), true,
                            Measure.MAX_DESCRIPTION)
                    .text("measures[" + i + "].target", measure == null ? null : measure.target(), true, Measure.MAX_TARGET);
        }
        if (updating) {
            checks.required("version", version).valid("version", version, v -> v >= 0, Reason.OUT_OF_RANGE,
                    "must not be negative");
        }
        checks.orThrow();
        return new ObjectiveDraft(title, owner.strip(), due, state, measures == null ? List.of()
                : measures.stream().map(measure -> new Measure(measure.description(), measure.target())).toList());
    }
}
