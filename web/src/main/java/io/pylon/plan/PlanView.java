package io.pylon.plan;

import io.pylon.api.MoneyView;
import io.pylon.security.User;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An account plan as the API shows it, objectives first (by due date). */
public record PlanView(long accountId, int year, long version, List<ObjectiveView> objectives, List<String> strengths,
                       List<String> weaknesses, List<Competitor> competitors,
                       List<DevelopmentPlanView> developmentPlans, String changedBy, Instant changedAt) {

    public record DevelopmentPlanView(String name, int horizonFrom, int horizonTo, MoneyView budget) {
    }

    public record OwnerView(String username, String displayName) {
    }

    public record ObjectiveView(long id, long version, String title, OwnerView owner, LocalDate dueOn,
                                ObjectiveStatus status, List<Measure> measures, String changedBy, Instant changedAt) {

        static ObjectiveView of(PlanObjective objective) {
            ObjectiveDetails details = objective.details();
            User owner = details.owner();
            return new ObjectiveView(objective.id(), objective.version(), details.title(),
                    new OwnerView(owner.username(), owner.displayName()), details.dueOn(), details.status(),
                    details.measures(), objective.lastChange().username(), objective.lastChange().at());
        }
    }

    /** One year's plan in the list of an account's plans. */
    public record SummaryView(int year, long version, String changedBy, Instant changedAt) {

        static SummaryView of(AccountPlan plan) {
            return new SummaryView(plan.year(), plan.version(), plan.lastChange().username(), plan.lastChange().at());
        }
    }

    static PlanView of(PlanWithObjectives withObjectives) {
        AccountPlan plan = withObjectives.plan();
        return new PlanView(plan.account().id(), plan.year(), plan.version(),
                withObjectives.objectives().stream().map(ObjectiveView::of).toList(), plan.strengths(), plan.weaknesses(),
                plan.competitors(), plan.developmentPlans().stream().map(development -> new DevelopmentPlanView(
                        development.name(), development.horizonFrom(), development.horizonTo(),
                        MoneyView.of(development.budget()))).toList(),
                plan.lastChange().username(), plan.lastChange().at());
    }
}
