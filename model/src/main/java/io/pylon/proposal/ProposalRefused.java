package io.pylon.proposal;

/**
 * A change that the proposal's state refuses whatever the input: a submitted version is frozen, one draft is worked
 * on at a time, and only a submitted offer for a won opportunity becomes a project, once. {@code field} names the
 * state that stands in the way ({@code status}, {@code opportunity.stage}, {@code project}).
 */
public class ProposalRefused extends RuntimeException {

    private final String field;

    public ProposalRefused(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
