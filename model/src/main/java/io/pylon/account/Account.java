package io.pylon.account;

import static io.pylon.shared.DomainRuleViolation.requirePresent;

import io.pylon.shared.CountryCode;
import io.pylon.shared.DomainRuleViolation;
import io.pylon.shared.NormalizedName;
import io.pylon.shared.Reason;
import io.pylon.shared.Texts;
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
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.OptimisticLock;
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

    /*
     * The tier fields have their own history (TierChange), hence are not audited here; and a recomputation must
     * not make someone's edit of the profile stale, hence they leave the version alone.
     */

    /** The tier in force: the computed one, unless overridden. */
    @NotAudited
    @OptimisticLock(excluded = true)
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 1)
    private Tier tier = Tier.C;

    /** Where the Pareto analysis last placed the account. */
    @NotAudited
    @OptimisticLock(excluded = true)
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "computed_tier", nullable = false, length = 1)
    private Tier computedTier = Tier.C;

    /** Why a person set the tier in force by hand; null while the computed tier is in force. */
    @NotAudited
    @OptimisticLock(excluded = true)
    @Column(name = "tier_override_reason", length = TierChange.MAX_REASON)
    private String tierOverrideReason;

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

    /**
     * Places the account in the tier the Pareto analysis computed. An overridden account keeps the tier in force;
     * otherwise the computed tier takes effect. Answers the change of the tier in force, if there is one.
     */
    public Optional<TierChange> placeInTier(Tier computed, String by, Instant at) {
        this.computedTier = Objects.requireNonNull(computed);
        if (isTierOverridden() || computed == tier) {
            return Optional.empty();
        }
        return Optional.of(changeTier(TierChangeKind.COMPUTED, computed, null, by, at));
    }

    /** Puts the account in tier by hand, for a reason; it stays there through recomputations until removed. */
    public TierChange overrideTier(Tier overriding, String reason, String by, Instant at) {
        String why = Texts.tidy("reason", reason, true, TierChange.MAX_REASON);
        requirePresent("tier", overriding);
        this.tierOverrideReason = why;
        return changeTier(TierChangeKind.OVERRIDDEN, overriding, why, by, at);
    }

    /** Returns the account to its computed tier; nothing changes when no override is in force. */
    public Optional<TierChange> removeTierOverride(String reason, String by, Instant at) {
        String why = Texts.tidy("reason", reason, false, TierChange.MAX_REASON);
        if (!isTierOverridden()) {
            return Optional.empty();
        }
        this.tierOverrideReason = null;
        return Optional.of(changeTier(TierChangeKind.OVERRIDE_REMOVED, computedTier, why, by, at));
    }

    private TierChange changeTier(TierChangeKind kind, Tier to, String reason, String by, Instant at) {
        TierChange change = new TierChange(this, kind, tier, to, reason, by, at);
        this.tier = to;
        return change;
    }

    public Tier tier() {
        return tier;
    }

    public Tier computedTier() {
        return computedTier;
    }

    public boolean isTierOverridden() {
        return tierOverrideReason != null;
    }

    public String tierOverrideReason() {
        return tierOverrideReason;
    }
}
