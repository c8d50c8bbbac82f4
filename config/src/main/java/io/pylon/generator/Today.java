package io.pylon.generator;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The day and the moment the generator runs, in UTC as the application records them: every generated date is relative
 * to them, and none that the domain keeps in the past (a decision, a payment, an interaction) lies after them.
 */
record Today(LocalDate date, Instant now) {

    static Today at(Instant now) {
        return new Today(LocalDate.ofInstant(now, ZoneOffset.UTC), now);
    }

    OffsetDateTime nowAtUtc() {
        return now.atOffset(ZoneOffset.UTC);
    }

    LocalDate minusDays(long days) {
        return date.minusDays(days);
    }

    /** The time of day on {@code day}, or now if that is still to come; the day stays {@code day} either way. */
    OffsetDateTime moment(LocalDate day, int hour, int minute) {
        Instant at = day.atTime(LocalTime.of(hour, minute)).toInstant(ZoneOffset.UTC);
        return (at.isAfter(now) ? now : at).atOffset(ZoneOffset.UTC);
    }

    /**
     * The day of the {@code position}-th of {@code count} events spread in order over the last {@code days} days: each
     * falls somewhere ({@code draw}, in [0, 1)) in its own stretch of them, none after today.
     */
    LocalDate spreadOver(int days, int position, int count, double draw) {
        return date.minusDays(days - Math.round(days * (position + draw) / count));
    }

    /** The earlier of {@code day} and today. */
    LocalDate notAfterToday(LocalDate day) {
        return day.isAfter(date) ? date : day;
    }
}
