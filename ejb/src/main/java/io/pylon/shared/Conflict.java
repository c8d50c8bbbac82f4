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
    private final Reason reason;

    public Conflict(String field, Reason reason, String message) {
        super(message);
        this.field = field;
        this.reason = reason;
    }

    public static Conflict staleVersion(String what, long expected, long actual) {
        return new Conflict("version", Reason.STALE_VERSION, what + " was changed by someone else: you read version "
                + expected + ", the stored one is " + actual);
    }

    public String field() {
        return field;
    }

    public Reason reason() {
        return reason;
    }
}
