package io.pylon.relationship;

import io.pylon.account.Tier;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The months between visits an administrator set for one tier; tiers without one keep their default. */
@Entity
@Table(name = "visit_cadence")
public class TierVisitCadence {

    @Id
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(length = 1)
    private Tier tier;

    @Column(nullable = false)
    private int months;

    protected TierVisitCadence() {
    }

    public TierVisitCadence(Tier tier, int months) {
        this.tier = Objects.requireNonNull(tier);
        this.months = months;
    }

    public void change(int newMonths) {
        this.months = newMonths;
    }

    public Tier tier() {
        return tier;
    }

    public int months() {
        return months;
    }
}
