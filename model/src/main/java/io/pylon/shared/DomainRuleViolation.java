package io.pylon.shared;

/**
 * A request would break a rule of the domain. Names the offending field so that the API can
 * point a client at it.
 */
public class DomainRuleViolation extends RuntimeException {

    private final String field;

    public DomainRuleViolation(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
