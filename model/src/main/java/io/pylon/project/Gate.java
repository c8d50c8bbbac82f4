package io.pylon.project;

import static io.pylon.shared.DomainRuleViolation.requirePresent;

import io.pylon.security.Role;
import io.pylon.shared.DomainRuleViolation;
import io.pylon.shared.Reason;
import io.pylon.shared.Texts;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A gate of one project: the roles that decide it and its criteria (copied from the template when the project was
 * made), its planned and actual dates, and its state. The project's phase changes only here, through
 * {@link #decide}. The version makes two decisions taken at once on the same gate collide: one wins, the other is
 * refused as stale.
 */
@Entity
@Table(name = "gate")
public class Gate {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "gate_seq")
    @SequenceGenerator(name = "gate_seq", sequenceName = "gate_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id")
    private Project project;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 2)
    private GateCode code;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 10)
    private GateState state = GateState.PENDING;

    @Column(name = "planned_on")
    private LocalDate plannedOn;

    @Column(name = "actual_on")
    private LocalDate actualOn;

    @ElementCollection
    @CollectionTable(name = "gate_decider", joinColumns = @JoinColumn(name = "gate_id"))
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "role", nullable = false, length = 20)
    private Set<Role> deciders = EnumSet.noneOf(Role.class);

    @OneToMany(mappedBy = "gate", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    private List<GateCriterion> criteria = new ArrayList<>();

    protected Gate() {
    }

    Gate(Project project, GateTemplate template) {
        this.project = Objects.requireNonNull(project);
        this.code = template.code();
        this.deciders.addAll(template.deciders());
        for (CriterionTemplate criterion : template.criteria()) {
            criteria.add(new GateCriterion(this, criteria.size() + 1, criterion));
        }
    }

    /**
     * Decides the gate as {@code by}, who the caller has checked holds one of its deciding roles. A GO or
     * CONDITIONAL_GO moves the project into the next phase, refused while a must-meet criterion is neither met
     * nor waived; conditions go with a CONDITIONAL_GO only. Answers the decision to keep.
     */
    public GateDecision decide(Decision decision, String rationale, List<GateCondition> conditions, String by,
                               Instant at) {
        requirePresent("decision", decision);
        String why = Texts.tidy("rationale", rationale, true, GateDecision.MAX_RATIONALE);
        List<GateCondition> given = conditions == null ? List.of() : conditions;
        if (decision == Decision.CONDITIONAL_GO && given.isEmpty()) {
            throw new DomainRuleViolation("conditions", Reason.REQUIRED, "a conditional GO needs its conditions");
        }
        if (decision != Decision.CONDITIONAL_GO && !given.isEmpty()) {
            throw new DomainRuleViolation("conditions", Reason.NOT_ALLOWED, "only a conditional GO has conditions");
        }
        requireNext();
        if (decision.passes()) {
            List<GateCriterion> unmet = criteria.stream().filter(GateCriterion::blocks).toList();
            if (!unmet.isEmpty()) {
                throw new GateRefused(code + " cannot pass: " + unmet.size()
                        + " must-meet criteria are neither met nor waived", unmet);
            }
        }
        switch (decision) {
            case GO, CONDITIONAL_GO -> {
                state = GateState.PASSED;
                actualOn = LocalDate.ofInstant(at, ZoneOffset.UTC);
                project.enter(code.to());
            }
            case HOLD -> state = GateState.ON_HOLD;
            case RECYCLE -> {
                state = GateState.PENDING;
                criteria.forEach(GateCriterion::reopen);
            }
            case KILL -> {
                state = GateState.KILLED;
                project.kill();
            }
        }
        return new GateDecision(this, decision, why, given, by, at);
    }

    /** Sets the day the gate is planned for, or clears it; {@link Project#plan} checks it against the other gates. */
    void plan(LocalDate day) {
        this.plannedOn = day;
    }

    /**
     * Days the gate is late: the actual date against the planned one once passed, today against it while still
     * ahead; none without a planned date.
     */
    public Optional<Long> slippageDays(LocalDate today) {
        return Slippage.days(plannedOn, actualOn, today);
    }

    /** The weighted score of the should-meet criteria scored so far; none before one is. */
    public Optional<WeightedScore> weightedScore() {
        return WeightedScore.of(criteria);
    }

    /** Criteria are reviewed while the gate is the project's next one. */
    void requireOpenForReview() {
        requireNext();
    }

    private void requireNext() {
        if (project.isKilled()) {
            throw new GateRefused("the project was killed; its gates are closed");
        }
        if (project.nextGate().filter(code::equals).isEmpty()) {
            throw new GateRefused(code + " is not the project's next gate: it is in " + project.phase());
        }
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

    public GateCode code() {
        return code;
    }

    public GateState state() {
        return state;
    }

    public LocalDate plannedOn() {
        return plannedOn;
    }

    public LocalDate actualOn() {
        return actualOn;
    }

    public Set<Role> deciders() {
        return Collections.unmodifiableSet(deciders);
    }

    public List<GateCriterion> criteria() {
        return Collections.unmodifiableList(criteria);
    }
}
