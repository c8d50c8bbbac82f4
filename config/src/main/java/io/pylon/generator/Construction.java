package io.pylon.generator;

import io.pylon.project.GateCode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * How far a project's construction had come on a day, which its earned value reports and its payment certificates
 * bill: along an S-curve (3x² - 2x³) from the start of construction (G3) to its end, as planned for the planned value,
 * as it went for the earned value. Construction taken over (G4) ended that day; construction still going on ends as
 * its overrun says, but not sooner than two months from today, since it is not done.
 */
final class Construction {

    private static final int DAYS_LEFT_AT_LEAST = 60;

    private final ProjectPlan project;
    private final Today today;

    Construction(ProjectPlan project, Today today) {
        this.project = project;
        this.today = today;
    }

    LocalDate start() {
        return project.timeline().passed(GateCode.G3);
    }

    /**
     * The days of the monthly reports: every month's end from the start of construction to yesterday or, once taken
     * over, to that day, which has a report too.
     */
    List<LocalDate> reportingDays() {
        LocalDate last = project.hasBeenTakenOver() ? project.timeline().passed(GateCode.G4) : today.minusDays(1);
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate end = YearMonth.from(start()).atEndOfMonth(); !end.isAfter(last);
             end = YearMonth.from(end).plusMonths(1).atEndOfMonth()) {
            days.add(end);
        }
        if (project.hasBeenTakenOver() && (days.isEmpty() || days.get(days.size() - 1).isBefore(last))) {
            days.add(last);
        }
        return days;
    }

    /** The share of the works planned to be done by the end of the day. */
    double planned(LocalDate day) {
        return sCurve(Timeline.days(start(), day) / (double) project.timeline().plannedConstructionDays());
    }

    /** The share of the works done by the end of the day. */
    double earned(LocalDate day) {
        double duration = project.hasBeenTakenOver()
                ? Timeline.days(start(), project.timeline().passed(GateCode.G4))
                : Math.max(project.timeline().plannedConstructionDays() * project.constructionOverrun(),
                        Timeline.days(start(), today.date()) + DAYS_LEFT_AT_LEAST);
        return sCurve(Timeline.days(start(), day) / Math.max(1.0, duration));
    }

    private static double sCurve(double elapsed) {
        double x = Math.max(0, Math.min(1, elapsed));
        return x * x * (3 - 2 * x);
    }
}
