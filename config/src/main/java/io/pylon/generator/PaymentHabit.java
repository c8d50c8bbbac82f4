package io.pylon.generator;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * How an agency pays what it is billed: the days it is given, and when it pays. A prompt payer pays by the due day,
 * now and then a few days late; a slow one from a fortnight early to a month and a half late, and one bill in fifty
 * never; a delinquent one months late, and one bill in seven never.
 */
enum PaymentHabit {

    PROMPT(30) {
        @Override
        LocalDate paymentDay(LocalDate issued, LocalDate due, double draw, double never) {
            return issued.plusDays(Math.round(ChronoUnit.DAYS.between(issued, due) * (0.3 + 0.75 * draw)));
        }
    },
    SLOW(45) {
        @Override
        LocalDate paymentDay(LocalDate issued, LocalDate due, double draw, double never) {
            return never < 0.02 ? null : due.plusDays(Math.round(-15 + 60 * draw));
        }
    },
    DELINQUENT(60) {
        @Override
        LocalDate paymentDay(LocalDate issued, LocalDate due, double draw, double never) {
            return never < 0.15 ? null : due.plusDays(Math.round(20 + 200 * draw));
        }
    };

    private final int termDays;

    PaymentHabit(int termDays) {
        this.termDays = termDays;
    }

    /** The due day of a bill issued on {@code issued}: the habit's term give or take ten days, 30 to 60 days. */
    LocalDate dueDay(LocalDate issued, double draw) {
        return issued.plusDays(Math.max(30, Math.min(60, termDays - 10 + Math.round(20 * draw))));
    }

    /** The day the bill is paid, if it is paid by today: never before its issue, never after today. */
    Optional<LocalDate> paidOn(LocalDate issued, LocalDate due, Today today, double draw, double never) {
        LocalDate day = paymentDay(issued, due, draw, never);
        return day == null || day.isAfter(today.date()) ? Optional.empty()
                : Optional.of(day.isBefore(issued) ? issued : day);
    }

    /** The day it pays or would pay, or null for a bill it will never pay. */
    abstract LocalDate paymentDay(LocalDate issued, LocalDate due, double draw, double never);
}
