package io.pylon.account;

import jakarta.persistence.Column;
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
import java.time.Instant;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One change of an account's tier, as {@link Account} reports it: who (a user, or {@code system} for the
 * nightly run), when, from which tier to which, and why (required for an override, none for a computed tier).
 */
@Entity
@Table(name = "tier_change")
public class TierChange {

    public static final int MAX_REASON = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tier_change_seq")
    @SequenceGenerator(name = "tier_change_seq", sequenceName = "tier_change_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false, length = 64)
    private String changedBy;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private TierChangeKind kind;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "from_tier", nullable = false, length = 1)
    private Tier fromTier;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "to_tier", nullable = false, length = 1)
    private Tier toTier;

    @Column(length = MAX_REASON)
    private String reason;

    protected TierChange() {
    }

    TierChange(Account account, TierChangeKind kind, Tier fromTier, Tier toTier, String reason, String changedBy,
               Instant changedAt) {
        this.account = Objects.requireNonNull(account);
        this.kind = Objects.requireNonNull(kind);
        this.fromTier = Objects.requireNonNull(fromTier);
        this.toTier = Objects.requireNonNull(toTier);
        this.reason = reason;
        this.changedBy = Objects.requireNonNull(changedBy);
        this.changedAt = Objects.requireNonNull(changedAt);
    }

    public Long id() {
        return id;
    }

    public Account account() {
        return account;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public String changedBy() {
        return changedBy;
    }

    public TierChangeKind kind() {
        return kind;
    }

    public Tier fromTier() {
        return fromTier;
    }

    public Tier toTier() {
        return toTier;
    }

    public String reason() {
        return reason;
    }
}
