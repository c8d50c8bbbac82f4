package io.pylon.scoring;

/** The accounts whose ids lie from {@code first} to {@code last}, both included: what one query of a measure covers. */
public record AccountRange(long first, long last) {

    public AccountRange {
        if (first > last) {
            throw new IllegalArgumentException("an empty range: " + first + " to " + last);
        }
    }
}
