package io.pylon.project;

import io.pylon.api.FieldChecks;

/**
 * A milestone as a client sends it: a name, the day it is planned for and the day it was reached (YYYY-MM-DD; none
 * while not reached), optionally the phase it belongs to; to change one, the version read.
 */
public record MilestoneForm(String name, String phase, String plannedOn, String reachedOn, Long version) {

    /** The milestone checked field by field; the days against the project in {@link Milestone}. */
    Milestones.Draft draft(boolean change) {
        FieldChecks checks = new FieldChecks()
                .text("name", name, true, Milestone.MAX_NAME)
                .required("plannedOn", plannedOn);
        if (change) {
            checks.required("version", version);
        }
        Phase inPhase = checks.oneOf("phase", phase, Phase.class);
        var draft = new Milestones.Draft(name, inPhase, checks.date("plannedOn", plannedOn),
                checks.date("reachedOn", reachedOn));
        checks.orThrow();
        return draft;
    }
}
