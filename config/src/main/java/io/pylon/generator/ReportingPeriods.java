package io.pylon.generator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/**
 * Earned value for every project whose construction has begun: a period at each month's end of construction and on
 * the day it was taken over, with the budget at completion, the planned and earned value along {@link Construction}'s
 * curves (earned value reaching the budget when taken over) and the actual cost, 5 % under to 20 % over what was
 * earned, as the project goes.
 */
final class ReportingPeriods {

    private final Today today;
    private final Dice.Roll cost;

    ReportingPeriods(Dice dice, Today today) {
        this.today = today;
        this.cost = dice.roll("earnedValue.cost");
    }

    void write(Database database, List<ProjectPlan> projects) throws SQLException {
        List<ProjectPlan> building = projects.stream().filter(ProjectPlan::isBuilding).toList();
        long planned = building.stream().mapToLong(project -> new Construction(project, today).reportingDays().size()).sum();
        IdBlocks ids = database.ids("reporting_period");
        try (Inserts inserts = database.inserts()) {
            Inserts.Table periods = inserts.into("reporting_period", planned, "id", "version", "project_id", "period_end",
                    "currency", "budget_at_completion", "planned_value", "earned_value", "actual_cost", "recorded_by",
                    "recorded_at");
            for (ProjectPlan project : building) {
                Construction construction = new Construction(project, today);
                BigDecimal budget = project.budget();
                BigDecimal costFactor = BigDecimal.valueOf(cost.between(0.95, 1.2, project.index()));
                for (LocalDate end : construction.reportingDays()) {
                    BigDecimal earned = share(budget, construction.earned(end));
                    periods.row(ids.next(), 0L, project.id(), end, project.currency().getCurrencyCode(), budget,
                            share(budget, construction.planned(end)), earned,
                            earned.multiply(costFactor).setScale(2, RoundingMode.HALF_EVEN),
                            project.owner().team().projectLead().username(),
                            today.moment(today.notAfterToday(end.plusDays(3)), 18, 0));
                }
            }
        }
    }

    /** The share of the budget, rounded down to the cent so that it never exceeds the budget. */
    private static BigDecimal share(BigDecimal budget, double share) {
        return budget.multiply(BigDecimal.valueOf(share)).setScale(2, RoundingMode.DOWN).min(budget);
    }
}
