package io.pylon.shared;

/**
 * A request would break a rule of the domain. Names the offending field so that the API can
 * point a client at it.
 */
public class DomainRuleViolation extends RuntimeException {

    private final String field;
    private final Reason reason;

    public DomainRuleViolation(String field, Reason reason, String message) {
        super(message);
        this.field = field;
        this.reason = reason;
    }

    public String field() {
        return field;
    }

    public Reason reason() {
        return reason;
    }
}
