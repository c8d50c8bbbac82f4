package io.pylon.account;

import io.pylon.shared.CountryCode;
import io.pylon.shared.DomainRuleViolation;
import io.pylon.shared.NormalizedName;
import io.pylon.shared.Reason;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.type.SqlTypes;

/** A government agency or state-owned enterprise that owns or finances projects. */
@Entity
@Audited
@Table(name = "account")
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = AccountProfile.MAX_NAME_LENGTH)
    private String name;

    @Column(name = "native_name", length = AccountProfile.MAX_NAME_LENGTH)
    private String nativeName;

    /** The name as compared for duplicates; unique per country. */
    @Column(name = "normalized_name", nullable = false, length = AccountProfile.MAX_NAME_LENGTH)
    private String normalizedName;

    @Column(nullable = false, length = 3)
    private CountryCode country;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "agency_type", nullable = false, length = 40)
    private AgencyType agencyType;

    @Convert(converter = SectorsConverter.class)
    @Column(nullable = false, length = 200)
    private Set<Sector> sectors;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Account parent;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(length = 20)
    private Classification classification;

    /** Set by the Pareto analysis or a manual override, each with its own history, hence not audited here. */
    @NotAudited
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 1)
    private Tier tier = Tier.C;

    protected Account() {
    }

    public Account(AccountProfile profile) {
        apply(profile);
    }

    /** Replaces what is known about the agency. */
    public void revise(AccountProfile profile) {
        apply(profile);
    }

    private void apply(AccountProfile profile) {
        requireNoCycle(profile.parent());
        this.name = profile.name();
        this.nativeName = profile.nativeName();
        this.normalizedName = NormalizedName.of(profile.name());
        this.country = profile.country();
        this.agencyType = profile.agencyType();
        this.sectors = profile.sectors();
        this.parent = profile.parent();
        this.classification = profile.classification();
    }

    /** A parent chain must end: an agency cannot be its own ancestor. */
    private void requireNoCycle(Account newParent) {
        // Accessors, not fields: an ancestor may be a lazy proxy whose fields are empty.
        for (Account ancestor = newParent; ancestor != null; ancestor = ancestor.parent()) {
            if (ancestor == this || (id != null && id.equals(ancestor.id()))) {
                throw new DomainRuleViolation("parentAccountId", Reason.OWN_ANCESTOR, "would make the account its own ancestor");
            }
        }
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String name() {
        return name;
    }

    public String nativeName() {
        return nativeName;
    }

    public String normalizedName() {
        return normalizedName;
    }

    public CountryCode country() {
        return country;
    }

    public AgencyType agencyType() {
        return agencyType;
    }

    public Set<Sector> sectors() {
        return Set.copyOf(sectors);
    }

    public Account parent() {
        return parent;
    }

    public Classification classification() {
        return classification;
    }

    public Tier tier() {
        return tier;
    }
}
