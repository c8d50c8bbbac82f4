package io.pylon.plan;

import java.util.List;

/** A plan with its objectives (owners loaded), as a reader of the whole plan needs it. */
public record PlanWithObjectives(AccountPlan plan, List<PlanObjective> objectives) {
}
