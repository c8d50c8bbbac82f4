package io.pylon.project;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A decision taken at a gate: what, why, by whom and when, with the conditions of a CONDITIONAL_GO. Decisions are
 * never changed: a later one supersedes, and the gate's decisions in order are its history.
 */
@Entity
@Immutable
@Table(name = "gate_decision")
public class GateDecision {

    public static final int MAX_RATIONALE = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "gate_decision_seq")
    @SequenceGenerator(name = "gate_decision_seq", sequenceName = "gate_decision_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "gate_id")
    private Gate gate;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private Decision decision;

    @Column(nullable = false, length = MAX_RATIONALE)
    private String rationale;

    @Column(name = "decided_by", nullable = false, length = 64)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    @ElementCollection
    @CollectionTable(name = "gate_condition", joinColumns = @JoinColumn(name = "decision_id"))
    @OrderColumn(name = "position")
    private List<GateCondition> conditions = new ArrayList<>();

    protected GateDecision() {
    }

    GateDecision(Gate gate, Decision decision, String rationale, List<GateCondition> conditions, String decidedBy,
                 Instant decidedAt) {
        this.gate = Objects.requireNonNull(gate);
        this.decision = Objects.requireNonNull(decision);
        this.rationale = Objects.requireNonNull(rationale);
        this.conditions.addAll(conditions);
        this.decidedBy = Objects.requireNonNull(decidedBy);
        this.decidedAt = Objects.requireNonNull(decidedAt);
    }

    /**
     * Records that the condition at {@code position} (from 0) was met; the caller has checked that it exists and is
     * not met yet. The decision itself is not changed.
     */
    public ConditionMet meet(int position, String note, String by, Instant at) {
        if (position < 0 || position >= conditions.size()) {
            throw new IllegalArgumentException("no condition " + position + " in decision " + id);
        }
        return new ConditionMet(this, position, note, by, at);
    }

    public Long id() {
        return id;
    }

    public Gate gate() {
        return gate;
    }

    public Decision decision() {
        return decision;
    }

    public String rationale() {
        return rationale;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public List<GateCondition> conditions() {
        return List.copyOf(conditions);
    }
}
