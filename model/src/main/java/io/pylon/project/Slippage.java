package io.pylon.project;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** How late something planned for a day is: the schedule rule gates and milestones share. */
final class Slippage {

    private Slippage() {
    }

    /**
     * Days late: the actual day against the planned one once reached (negative: early), today against it while not
     * yet reached (0 while not yet due); none without a planned day.
     */
    static Optional<Long> days(LocalDate planned, LocalDate actual, LocalDate today) {
        if (planned == null) {
            return Optional.empty();
        }
        long late = ChronoUnit.DAYS.between(planned, actual != null ? actual : today);
        return Optional.of(actual != null ? late : Math.max(0, late));
    }
}
