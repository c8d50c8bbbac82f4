package io.pylon.plan;

import io.pylon.shared.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A rival contractor at the agency, and how it stands there (incumbent, price leader, favoured by the lender...). */
@Embeddable
public record Competitor(@Column(name = "name", nullable = false, length = MAX_NAME) String name,
                         @Column(name = "position_notes", length = MAX_POSITION) String position) {

    public static final int MAX_NAME = 200;
    public static final int MAX_POSITION = 2000;

    public Competitor {
        name = Texts.tidy("name", name, true, MAX_NAME);
        position = Texts.tidy("position", position, false, MAX_POSITION);
    }
}
