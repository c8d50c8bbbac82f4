package io.pylon.scoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** How much a criterion weighs in every account's score, and whether it counts at all; set by an administrator. */
@Entity
@Table(name = "scoring_criterion")
public class CriterionSetting {

    @Id
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(length = 40)
    private Criterion criterion;

    @Version
    private long version;

    @Column(nullable = false)
    private int weight;

    @Column(nullable = false)
    private boolean enabled;

    protected CriterionSetting() {
    }

    public CriterionSetting(Criterion criterion, Weighting weighting) {
        this.criterion = Objects.requireNonNull(criterion);
        reweigh(weighting);
    }

    public void reweigh(Weighting weighting) {
        this.weight = weighting.weight();
        this.enabled = weighting.enabled();
    }

    public Criterion criterion() {
        return criterion;
    }

    public Weighting weighting() {
        return new Weighting(weight, enabled);
    }
}
