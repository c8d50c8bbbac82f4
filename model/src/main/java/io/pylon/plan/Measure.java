package io.pylon.plan;

import io.pylon.shared.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** How an objective's success is measured: what is counted, and the value to reach ("USD 300 million"). */
@Embeddable
public record Measure(@Column(name = "description", nullable = false, length = MAX_DESCRIPTION) String description,
                      @Column(name = "target", nullable = false, length = MAX_TARGET) String target) {

    public static final int MAX_DESCRIPTION = 500;
    public static final int MAX_TARGET = 200;

    public Measure {
        description = Texts.tidy("description", description, true, MAX_DESCRIPTION);
        target = Texts.tidy("target", target, true, MAX_TARGET);
    }
}
