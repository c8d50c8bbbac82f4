package io.pylon.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Objects;

/** Who changed a plan or an objective last, and when: what a reader asks before trusting it. */
@Embeddable
public record LastChange(@Column(name = "changed_by", nullable = false, length = 64) String username,
                         @Column(name = "changed_at", nullable = false) Instant at) {

    public LastChange {
        Objects.requireNonNull(username);
        Objects.requireNonNull(at);
    }
}
