package io.pylon.country;

import static io.pylon.shared.DomainRuleViolation.requirePresent;

import io.pylon.shared.CountryCode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A country's region and OECD country risk category (none while unrated), as an administrator last set them. */
@Entity
@Table(name = "country_profile")
public class CountryProfile {

    /** The ISO 3166 alpha-3 code; kept as text because converters do not apply to identifiers. */
    @Id
    @Column(length = 3)
    private String country;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 30)
    private Region region;

    @Column(name = "risk_category")
    private RiskCategory riskCategory;

    @Column(name = "changed_by", nullable = false, length = 64)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected CountryProfile() {
    }

    public CountryProfile(CountryCode country, Region region, RiskCategory riskCategory, String by, Instant at) {
        this.country = country.value();
        classify(region, riskCategory, by, at);
    }

    /** Places the country in a region and a risk category ({@code null}: unrated). */
    public void classify(Region newRegion, RiskCategory newCategory, String by, Instant at) {
        this.region = requirePresent("region", newRegion);
        this.riskCategory = newCategory;
        this.changedBy = Objects.requireNonNull(by);
        this.changedAt = Objects.requireNonNull(at);
    }

    public CountryCode country() {
        return CountryCode.of(country);
    }

    public long version() {
        return version;
    }

    public Region region() {
        return region;
    }

    public Optional<RiskCategory> riskCategory() {
        return Optional.ofNullable(riskCategory);
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
