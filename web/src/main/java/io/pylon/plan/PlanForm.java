package io.pylon.plan;

import io.pylon.api.FieldChecks;
import io.pylon.api.MoneyForm;
import io.pylon.shared.Money;
import io.pylon.shared.Reason;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The parts of a plan a client changes, besides objectives. A part left out (null) stays as it
 * is, so a form for one part sends only that part. {@code version} is the plan's version as read,
 * or null to start the year's plan.
 */
public record PlanForm(Long version, List<String> strengths, List<String> weaknesses, List<CompetitorForm> competitors,
                       List<DevelopmentPlanForm> developmentPlans) {

    public record CompetitorForm(String name, String position) {
    }

    public record DevelopmentPlanForm(String name, Integer horizonFrom, Integer horizonTo, MoneyForm budget) {
    }

    PlanSections sections() {
        FieldChecks checks = new FieldChecks()
                .valid("version", version, v -> v >= 0, Reason.OUT_OF_RANGE, "must not be negative");
        statements(checks, "strengths", strengths);
        statements(checks, "weaknesses", weaknesses);
        items(checks, "competitors", competitors);
        for (int i = 0; competitors != null && i < competitors.size(); i++) {
            CompetitorForm competitor = competitors.get(i);
            checks.text("competitors[" + i + "].name", competitor == null ? null : competitor.name(), true, Competitor.MAX_NAME)
                    .text("competitors[" + i + "].position", competitor == null ? null : competitor.position(), false,
                            Competitor.MAX_POSITION);
        }
        items(checks, "developmentPlans", developmentPlans);
        List<Money> budgets = new ArrayList<>();
        for (int i = 0; developmentPlans != null && i < developmentPlans.size(); i++) {
            budgets.add(checked(checks, "developmentPlans[" + i + "]", developmentPlans.get(i)));
        }
        checks.orThrow();
        return new PlanSections(strengths, weaknesses,
                competitors == null ? null : competitors.stream().map(c -> new Competitor(c.name(), c.position())).toList(),
                developmentPlans == null ? null : IntStream.range(0, developmentPlans.size()).mapToObj(i -> new DevelopmentPlan(
                        developmentPlans.get(i).name(), developmentPlans.get(i).horizonFrom(), developmentPlans.get(i).horizonTo(),
                        budgets.get(i))).toList());
    }

    private static Money checked(FieldChecks checks, String field, DevelopmentPlanForm plan) {
        if (plan == null) {
            checks.required(field, null);
            return null;
        }
        checks.text(field + ".name", plan.name(), true, DevelopmentPlan.MAX_NAME)
                .required(field + ".horizonFrom", plan.horizonFrom())
                .required(field + ".horizonTo", plan.horizonTo());
        year(checks, field + ".horizonFrom", plan.horizonFrom());
        year(checks, field + ".horizonTo", plan.horizonTo());
        if (plan.horizonFrom() != null && plan.horizonTo() != null) {
            checks.valid(field + ".horizonTo", plan.horizonTo(), to -> to >= plan.horizonFrom(), Reason.OUT_OF_RANGE,
                    "must not be before horizonFrom");
        }
        return plan.budget() == null ? null : MoneyForm.positive(checks, field + ".budget", plan.budget());
    }

    private static void year(FieldChecks checks, String field, Integer year) {
        checks.valid(field, year, y -> y >= DevelopmentPlan.EARLIEST_YEAR && y <= DevelopmentPlan.LATEST_YEAR,
                Reason.OUT_OF_RANGE, "must be a year between " + DevelopmentPlan.EARLIEST_YEAR + " and "
                        + DevelopmentPlan.LATEST_YEAR);
    }

    private static void statements(FieldChecks checks, String field, List<String> statements) {
        items(checks, field, statements);
        for (int i = 0; statements != null && i < statements.size(); i++) {
            checks.text(field + "[" + i + "]", statements.get(i), true, PlanSections.MAX_STATEMENT);
        }
    }

    private static void items(FieldChecks checks, String field, List<?> items) {
        checks.valid(field, items, list -> list.size() <= PlanSections.MAX_ITEMS, Reason.OUT_OF_RANGE,
                "must have at most " + PlanSections.MAX_ITEMS + " entries");
    }
}
