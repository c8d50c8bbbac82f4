package io.pylon.project;

import io.pylon.shared.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import org.hibernate.annotations.Immutable;

/**
 * That a condition of a CONDITIONAL_GO was met: who said so, when, and what they noted. A record of its own, so that
 * the decision itself stays as it was taken; a condition is met once (the table's unique key holds it).
 */
@Entity
@Immutable
@Table(name = "gate_condition_met")
public class ConditionMet {

    public static final int MAX_NOTE = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "gate_condition_met_seq")
    @SequenceGenerator(name = "gate_condition_met_seq", sequenceName = "gate_condition_met_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "decision_id")
    private GateDecision decision;

    /** The condition's place in its decision's list, from 0. */
    @Column(nullable = false)
    private int position;

    @Column(length = MAX_NOTE)
    private String note;

    @Column(name = "met_by", nullable = false, length = 64)
    private String metBy;

    @Column(name = "met_at", nullable = false)
    private Instant metAt;

    protected ConditionMet() {
    }

    ConditionMet(GateDecision decision, int position, String note, String metBy, Instant metAt) {
        this.decision = Objects.requireNonNull(decision);
        this.position = position;
        this.note = Texts.tidy("note", note, false, MAX_NOTE);
        this.metBy = Objects.requireNonNull(metBy);
        this.metAt = Objects.requireNonNull(metAt);
    }

    public Long id() {
        return id;
    }

    public GateDecision decision() {
        return decision;
    }

    public int position() {
        return position;
    }

    public String note() {
        return note;
    }

    public String metBy() {
        return metBy;
    }

    public Instant metAt() {
        return metAt;
    }
}
