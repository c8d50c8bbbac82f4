package io.pylon.api;

import java.util.List;

/** A request with offending fields, each named with what is wrong with it; answered with 400. */
public class InvalidRequest extends RuntimeException {

    private final List<Problem.FieldError> errors;

    public InvalidRequest(List<Problem.FieldError> errors) {
        super("invalid request: " + errors);
        this.errors = List.copyOf(errors);
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
