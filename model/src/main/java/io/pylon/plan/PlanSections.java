package io.pylon.plan;

import io.pylon.shared.DomainRuleViolation;
import io.pylon.shared.Reason;
import io.pylon.shared.Texts;
import java.util.List;

/**
 * The parts of an account plan besides its objectives, as one change brings them. A part that is
 * null is left as it is, so that people editing different parts do not overwrite each other.
 */
public record PlanSections(List<String> strengths, List<String> weaknesses, List<Competitor> competitors,
                           List<DevelopmentPlan> developmentPlans) {

    public static final int MAX_ITEMS = 50;
    public static final int MAX_STATEMENT = 500;

    public PlanSections {
        strengths = statements("strengths", strengths);
        weaknesses = statements("weaknesses", weaknesses);
        competitors = bounded("competitors", competitors);
        developmentPlans = bounded("developmentPlans", developmentPlans);
    }

    private static List<String> statements(String field, List<String> statements) {
        if (statements == null) {
            return null;
        }
        bounded(field, statements);
        return statements.stream().map(statement -> Texts.tidy(field, statement, true, MAX_STATEMENT)).toList();
    }

    private static <T> List<T> bounded(String field, List<T> items) {
        if (items != null && items.size() > MAX_ITEMS) {
            throw new DomainRuleViolation(field, Reason.OUT_OF_RANGE, "must have at most " + MAX_ITEMS + " entries");
        }
        return items == null ? null : List.copyOf(items);
    }
}
