package io.pylon.shared;

/** A zero-based page of a sorted result, at most {@link #MAX_SIZE} items. */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 100;
    public static final int MAX_PAGE = 1_000_000;

    public PageRequest {
        if (page < 0 || page > MAX_PAGE) {
            throw new DomainRuleViolation("page", Reason.OUT_OF_RANGE, "must be between 0 and " + MAX_PAGE);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new DomainRuleViolation("size", Reason.OUT_OF_RANGE, "must be between 1 and " + MAX_SIZE);
        }
    }

    public int offset() {
        return page * size;
    }
}
