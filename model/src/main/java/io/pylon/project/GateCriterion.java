package io.pylon.project;

import static io.pylon.shared.DomainRuleViolation.requirePresent;

import io.pylon.shared.DomainRuleViolation;
import io.pylon.shared.Reason;
import io.pylon.shared.Texts;
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
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.hibernate.type.SqlTypes;

/**
 * One criterion of a project's gate, copied from the template when the project was made, so later template edits
 * leave it alone. Its status and score change at the review; a must-meet one may be waived, with a reason, by a
 * role the gate allows; every change keeps who made it (and Envers keeps the history).
 */
@Entity
@Audited
@Table(name = "gate_criterion")
public class GateCriterion {

    public static final int MAX_TEXT = 300;
    public static final int MAX_NOTE = 1000;
    public static final int MAX_SCORE = 5;
    /** The weight of a should-meet criterion among the gate's others. */
    public static final int MAX_WEIGHT = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "gate_criterion_seq")
    @SequenceGenerator(name = "gate_criterion_seq", sequenceName = "gate_criterion_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "gate_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Gate gate;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = MAX_TEXT)
    private String text;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 12)
    private CriterionKind kind;

    @Column(nullable = false)
    private int weight;

    private Integer score;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 10)
    private CriterionStatus status = CriterionStatus.OPEN;

    /** What the reviewer wrote: why it is met or not, or why it is waived. */
    @Column(length = MAX_NOTE)
    private String note;

    @Column(name = "changed_by", length = 64)
    private String changedBy;

    @Column(name = "changed_at")
    private Instant changedAt;

    protected GateCriterion() {
    }

    GateCriterion(Gate gate, int position, CriterionTemplate template) {
        this.gate = Objects.requireNonNull(gate);
        this.position = position;
        this.text = template.text();
        this.kind = template.kind();
        this.weight = template.weight();
    }

    /**
     * Records the review of the criterion: MET, NOT_MET or OPEN again, and for a should-meet one its score 0 to 5.
     * Waiving goes through {@link #waive}, which needs a reason and the right to waive.
     */
    public void assess(CriterionStatus assessed, Integer newScore, String reviewNote, String by, Instant at) {
        gate.requireOpenForReview();
        requirePresent("status", assessed);
        if (assessed == CriterionStatus.WAIVED) {
            throw new DomainRuleViolation("status", Reason.NOT_ALLOWED, "a waiver needs its own request, with a reason");
        }
        if (newScore != null && (kind == CriterionKind.MUST_MEET || newScore < 0 || newScore > MAX_SCORE)) {
            throw new DomainRuleViolation("score", Reason.OUT_OF_RANGE, kind == CriterionKind.MUST_MEET
                    ? "a must-meet criterion is met or not, never scored" : "must be between 0 and " + MAX_SCORE);
        }
        this.status = assessed;
        this.score = newScore;
        this.note = Texts.tidy("note", reviewNote, false, MAX_NOTE);
        stamp(by, at);
    }

    /** Lets the gate pass without this must-meet criterion, for a written reason. */
    public void waive(String reason, String by, Instant at) {
        gate.requireOpenForReview();
        if (kind != CriterionKind.MUST_MEET) {
            throw new DomainRuleViolation("status", Reason.NOT_ALLOWED, "only a must-meet criterion is waived");
        }
        this.note = Texts.tidy("reason", reason, true, MAX_NOTE);
        this.status = CriterionStatus.WAIVED;
        stamp(by, at);
    }

    /**
     * Evidence for this criterion, while its gate is under review: a file whose type {@code contentType} was found
     * in its bytes by the caller, with their size and SHA-256.
     */
    public Evidence attach(String fileName, String contentType, long sizeBytes, String sha256, String by, Instant at) {
        return new Evidence(this, fileName, contentType, sizeBytes, sha256, by, at);
    }

    /** Opens the criterion again, as a RECYCLE does; the reviewers' notes stay. */
    void reopen() {
        this.status = CriterionStatus.OPEN;
        this.score = null;
    }

    boolean blocks() {
        return kind == CriterionKind.MUST_MEET && !status.clears();
    }

    private void stamp(String by, Instant at) {
        this.changedBy = Objects.requireNonNull(by);
        this.changedAt = Objects.requireNonNull(at);
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public Gate gate() {
        return gate;
    }

    public int position() {
        return position;
    }

    public String text() {
        return text;
    }

    public CriterionKind kind() {
        return kind;
    }

    public int weight() {
        return weight;
    }

    public Integer score() {
        return score;
    }

    public CriterionStatus status() {
        return status;
    }

    public String note() {
        return note;
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
