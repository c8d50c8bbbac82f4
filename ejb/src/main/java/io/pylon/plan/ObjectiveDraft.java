package io.pylon.plan;

import java.time.LocalDate;
import java.util.List;

/** An objective as a client writes it: the owner by username. */
public record ObjectiveDraft(String title, String owner, LocalDate dueOn, ObjectiveStatus status, List<Measure> measures) {
}
