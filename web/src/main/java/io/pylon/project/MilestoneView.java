package io.pylon.project;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A milestone as the API shows it. {@code slippageDays}: days it was reached after its planned day (negative:
 * before), or while not reached, how many days it is overdue (0 while not yet due).
 */
public record MilestoneView(long id, long version, String name, Phase phase, LocalDate plannedOn,
                            LocalDate reachedOn, long slippageDays, String changedBy, Instant changedAt) {

    static MilestoneView of(Milestone milestone, LocalDate today) {
        return new MilestoneView(milestone.id(), milestone.version(), milestone.name(), milestone.phase().orElse(null),
                milestone.plannedOn(), milestone.reachedOn().orElse(null), milestone.slippageDays(today),
                milestone.changedBy(), milestone.changedAt());
    }
}
