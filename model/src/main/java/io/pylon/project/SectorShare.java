package io.pylon.project;

import io.pylon.shared.DomainRuleViolation;
import io.pylon.shared.Reason;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * One sector of a project and its share of the project in percent, as the financier names it
 * ("Rural and Inter-Urban Roads and Highways", 100): finer than an account's sectors.
 */
@Embeddable
public class SectorShare {

    public static final int MAX_NAME_LENGTH = 100;

    @Column(name = "sector_name", nullable = false, length = MAX_NAME_LENGTH)
    private String name;

    @Column(name = "share_percent", nullable = false)
    private int percent;

    protected SectorShare() {
    }

    public SectorShare(String name, int percent) {
        if (name == null || name.isBlank()) {
            throw new DomainRuleViolation("sectors", Reason.BLANK, "a sector's name must not be blank");
        }
        String stripped = name.strip();
        if (stripped.length() > MAX_NAME_LENGTH) {
            throw new DomainRuleViolation("sectors", Reason.TOO_LONG, "a sector's name must be at most " + MAX_NAME_LENGTH + " characters");
        }
        if (percent < 0 || percent > 100) {
            throw new DomainRuleViolation("sectors", Reason.OUT_OF_RANGE, "a sector's share must be between 0 and 100 percent");
        }
        this.name = stripped;
        this.percent = percent;
    }

    public String name() {
        return name;
    }

    public int percent() {
        return percent;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SectorShare share && name.equals(share.name) && percent == share.percent;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, percent);
    }
}
