package io.pylon.opportunity;

import io.pylon.account.Account;
import io.pylon.account.PartOfAccount;
import io.pylon.account.Sector;
import io.pylon.shared.CountryCode;
import io.pylon.shared.Money;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import java.time.LocalDate;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A contract an agency may award us: what, where, how much, how likely, and how far it has come. */
@Entity
@Table(name = "opportunity")
public class Opportunity implements PartOfAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "opportunity_seq")
    @SequenceGenerator(name = "opportunity_seq", sequenceName = "opportunity_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Column(nullable = false, length = OpportunityDetails.MAX_TITLE)
    private String title;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private Sector sector;

    @Column(nullable = false, length = 3)
    private CountryCode country;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "value_amount", nullable = false, precision = 19, scale = Money.SCALE))
    @AttributeOverride(name = "currency", column = @Column(name = "value_currency", nullable = false, length = 3))
    private Money estimatedValue;

    @Column(name = "win_probability", nullable = false)
    private int winProbabilityPercent;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private OpportunityStage stage;

    @Column(name = "expected_award_on")
    private LocalDate expectedAwardOn;

    protected Opportunity() {
    }

    public Opportunity(Account account, OpportunityDetails details) {
        this.account = Objects.requireNonNull(account);
        update(details);
    }

    /** Replaces what is known about the opportunity, its stage included. */
    public void update(OpportunityDetails details) {
        this.title = details.title();
        this.sector = details.sector();
        this.country = details.country();
        this.estimatedValue = details.estimatedValue();
        this.winProbabilityPercent = details.winProbabilityPercent();
        this.stage = details.stage();
        this.expectedAwardOn = details.expectedAwardOn();
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    @Override
    public Account account() {
        return account;
    }

    public OpportunityDetails details() {
        return new OpportunityDetails(title, sector, country, estimatedValue, winProbabilityPercent, stage,
                expectedAwardOn);
    }
}
