package io.pylon.generator;

import io.pylon.project.GateCode;
import io.pylon.project.Phase;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The dates of a project's gates: when each passed gate was planned and passed, and when each gate ahead is planned.
 * G0 has no plan (it is decided when the project is made). A passed gate was planned up to 50 days before it passed
 * (late) or 20 after (early); the next gate is planned for the end of the current phase as planned when it began, so
 * that a project still in its phase after that is overdue; the gates after it follow phase by phase.
 */
final class Timeline {

    /** Days each phase from PLANNING to OPERATION_AND_MAINTENANCE lasts as planned, for a project of scale 1. */
    static final int[] PLANNED_DAYS = {120, 240, 180, 900, 720};

    private final LocalDate[] planned = new LocalDate[GateCode.values().length];
    private final LocalDate[] passed = new LocalDate[GateCode.values().length];
    private final int[] plannedDays = new int[PLANNED_DAYS.length];

    /**
     * The timeline of a project in {@code phase} since {@code entered}, whose phases last {@code scale} times the
     * standard as planned and took {@code overrun(phase)} times their plan where it has passed them; {@code slip(gate)}
     * is how many days before its passing a passed gate was planned.
     */
    Timeline(Phase phase, LocalDate entered, double scale, PhaseDraw overrun, PhaseDraw slip) {
        for (int each = 0; each < plannedDays.length; each++) {
            plannedDays[each] = (int) Math.round(PLANNED_DAYS[each] * scale);
        }
        int current = phase.ordinal();
        passed[current] = entered;
        for (int gate = current - 1; gate >= 0; gate--) {
            passed[gate] = passed[gate + 1].minusDays(Math.round(plannedDays[gate] * overrun.of(gate)));
        }
        for (int gate = 1; gate <= current; gate++) {
            planned[gate] = passed[gate].minusDays(Math.round(slip.of(gate)));
        }
        for (int gate = current + 1; gate < planned.length; gate++) {
            planned[gate] = (gate == current + 1 ? passed[current] : planned[gate - 1]).plusDays(plannedDays[gate - 1]);
        }
    }

    /** A number drawn for a phase or gate of the project. */
    interface PhaseDraw {
        double of(int phaseOrGate);
    }

    /** The day the gate is planned for; none for G0. */
    LocalDate planned(GateCode gate) {
        return planned[gate.ordinal()];
    }

    /** The day the gate passed; none for a gate ahead. */
    LocalDate passed(GateCode gate) {
        return passed[gate.ordinal()];
    }

    /** The day the project was pursued (G0). */
    LocalDate started() {
        return passed[0];
    }

    /** The day the project entered the phase it is in: the day its last passed gate passed. */
    LocalDate entered(Phase phase) {
        return passed[phase.ordinal()];
    }

    /** Days construction was planned to take. */
    int plannedConstructionDays() {
        return plannedDays[Phase.CONSTRUCTION.ordinal()];
    }

    /** Days from the first day to the second. */
    static long days(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to);
    }
}
