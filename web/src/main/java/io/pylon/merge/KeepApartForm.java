package io.pylon.merge;

import io.pylon.api.FieldChecks;
import io.pylon.shared.Reason;

/** Two accounts that are different agencies: {@code {"first": 41, "second": 42}}. */
public record KeepApartForm(Long first, Long second) {

    void check() {
        new FieldChecks().required("first", first).required("second", second)
                .valid("first", first, id -> id > 0, Reason.OUT_OF_RANGE, "must be a positive id")
                .valid("second", second, id -> id > 0, Reason.OUT_OF_RANGE, "must be a positive id")
                .orThrow();
    }
}
