package io.pylon.health;

import java.util.List;

/**
 * How late the next gates of an account's live projects are: how many have a planned day, how many of those are
 * past it, and the days late summed over them (0 for a gate not yet due).
 */
public record GateLateness(int gates, int late, long totalDaysLate) {

    public static final GateLateness NONE = new GateLateness(0, 0, 0);

    /** From the days each next gate is late. */
    public static GateLateness of(List<Long> daysLate) {
        return new GateLateness(daysLate.size(), (int) daysLate.stream().filter(days -> days > 0).count(),
                daysLate.stream().mapToLong(Long::longValue).sum());
    }
}
