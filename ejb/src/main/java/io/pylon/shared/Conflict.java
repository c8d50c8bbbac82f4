package io.pylon.shared;

import jakarta.ejb.ApplicationException;

/**
 * The change collides with the stored state: someone else changed the object since the caller
 * read it, or the change would duplicate another object. {@code field} names the offending
 * input where there is one.
 */
@ApplicationException(rollback = true)
public class Conflict extends RuntimeException {

    private final String field;

    public Conflict(String field, String message) {
        super(message);
        this.field = field;
    }

    public static Conflict staleVersion(String what, long expected, long actual) {
        return new Conflict("version", what + " was changed by someone else: you read version "
                + expected + ", the stored one is " + actual);
    }

    public String field() {
        return field;
    }
}
