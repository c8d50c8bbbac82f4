package io.pylon.project;

/** The day a gate is planned for (YYYY-MM-DD; null clears the plan), and the version of the gate read. */
public record PlanForm(String plannedOn, Long version) {
}
