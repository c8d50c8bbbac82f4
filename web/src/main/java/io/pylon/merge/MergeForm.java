package io.pylon.merge;

import io.pylon.api.FieldChecks;
import io.pylon.shared.Reason;

/** Which account to merge into the one addressed: {@code {"from": 42}}. */
public record MergeForm(Long from) {

    long mergedId() {
        new FieldChecks().required("from", from)
                .valid("from", from, id -> id > 0, Reason.OUT_OF_RANGE, "must be a positive id")
                .orThrow();
        return from;
    }
}
