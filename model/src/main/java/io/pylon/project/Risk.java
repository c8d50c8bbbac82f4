package io.pylon.project;

import io.pylon.shared.DomainRuleViolation;
import io.pylon.shared.Reason;
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
import java.time.Instant;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.hibernate.type.SqlTypes;

/**
 * A risk in a project's register, numbered ... within the project. It is revised as a whole, by whoever
 * reviews the project's gates; a risk is never deleted, it is closed, and Envers keeps every revision.
 */
@Entity
@Audited
@Table(name = "risk")
public class Risk {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "risk_seq")
    @SequenceGenerator(name = "risk_seq", sequenceName = "risk_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Project project;

    @Column(nullable = false)
    private int number;

    @Column(nullable = false, length = RiskDetails.MAX_TEXT)
    private String cause;

    @Column(nullable = false, length = RiskDetails.MAX_TEXT)
    private String event;

    @Column(nullable = false, length = RiskDetails.MAX_TEXT)
    private String effect;

    @Embedded
    private RiskRating rating;

    @Column(nullable = false, length = RiskDetails.MAX_OWNER)
    private String owner;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 10)
    private ResponseStrategy strategy;

    @Column(length = RiskDetails.MAX_RESPONSE)
    private String response;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 10)
    private RiskStatus status;

    @Column(name = "raised_by", nullable = false, length = 64)
    private String raisedBy;

    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;

    @Column(name = "changed_by", nullable = false, length = 64)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected Risk() {
    }

    /** Risk number {@code number} of the project; a killed or closed project takes no new risks. */
    public Risk(Project project, int number, RiskDetails details, String by, Instant at) {
        this.project = Objects.requireNonNull(project);
        if (project.isKilled() || project.phase() == Phase.CLOSED) {
            throw new DomainRuleViolation("project", Reason.NOT_ALLOWED, "a killed or closed project takes no new risks");
        }
        this.number = number;
        this.raisedBy = Objects.requireNonNull(by);
        this.raisedAt = Objects.requireNonNull(at);
        revise(details, by, at);
    }

    /** Replaces what the risk says: its statement, rating, owner, response and status. */
    public void revise(RiskDetails details, String by, Instant at) {
        this.cause = details.cause();
        this.event = details.event();
        this.effect = details.effect();
        this.rating = details.rating();
        this.owner = details.owner();
        this.strategy = details.strategy();
        this.response = details.response();
        this.status = details.status();
        this.changedBy = Objects.requireNonNull(by);
        this.changedAt = Objects.requireNonNull(at);
    }

    public RiskDetails details() {
        return new RiskDetails(cause, event, effect, rating, owner, strategy, response, status);
    }

    /** The risk's label in the register, "R-7". */
    public String reference() {
        return "R-" + number;
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public Project project() {
        return project;
    }

    public int number() {
        return number;
    }

    public RiskRating rating() {
        return rating;
    }

    public RiskStatus status() {
        return status;
    }

    public String raisedBy() {
        return raisedBy;
    }

    public Instant raisedAt() {
        return raisedAt;
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
