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

    /** {@code value}, or a violation saying {@code field} is required. */
    public static <T> T requirePresent(String field, T value) {
        if (value == null) {
            throw new DomainRuleViolation(field, Reason.REQUIRED, "is required");
        }
        return value;
    }

    /** The same violation of a field inside {@code parent}: {@code amount} in {@code tranches[1]} is {@code tranches[1].amount}. */
    public DomainRuleViolation under(String parent) {
        return new DomainRuleViolation(parent + "." + field, reason, getMessage());
    }

    public String field() {
        return field;
    }

    public Reason reason() {
        return reason;
    }
}
