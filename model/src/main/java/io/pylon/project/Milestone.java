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
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A named milestone of a project ("Notice to proceed", "Track laying complete"): the day it is planned for, the day
 * it was reached, optionally the phase it belongs to. Neither day is before the project started, and a milestone is
 * not reached on a day still to come.
 */
@Entity
@Table(name = "milestone")
public class Milestone {

    public static final int MAX_NAME = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "milestone_seq")
    @SequenceGenerator(name = "milestone_seq", sequenceName = "milestone_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id")
    private Project project;

    @Column(nullable = false, length = MAX_NAME)
    private String name;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(length = 30)
    private Phase phase;

    @Column(name = "planned_on", nullable = false)
    private LocalDate plannedOn;

    @Column(name = "reached_on")
    private LocalDate reachedOn;

    @Column(name = "changed_by", nullable = false, length = 64)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected Milestone() {
    }

    public Milestone(Project project, String name, Phase phase, LocalDate plannedOn, String by, Instant at) {
        this.project = Objects.requireNonNull(project);
        describe(name, phase, by, at);
        replan(plannedOn, by, at);
    }

    /** Names the milestone and links it to a phase of the project, or to none. */
    public void describe(String newName, Phase newPhase, String by, Instant at) {
        this.name = Texts.tidy("name", newName, true, MAX_NAME);
        this.phase = newPhase;
        stamp(by, at);
    }

    /** Plans the milestone for another day, not before the project started. */
    public void replan(LocalDate day, String by, Instant at) {
        notBeforeStart("plannedOn", requirePresent("plannedOn", day));
        this.plannedOn = day;
        stamp(by, at);
    }

    /** Records the day the milestone was reached: not before the project started, and not after {@code today}. */
    public void reach(LocalDate day, LocalDate today, String by, Instant at) {
        notBeforeStart("reachedOn", requirePresent("reachedOn", day));
        if (day.isAfter(today)) {
            throw new DomainRuleViolation("reachedOn", Reason.IN_THE_FUTURE, "must not be in the future");
        }
        this.reachedOn = day;
        stamp(by, at);
    }

    /** Takes back that the milestone was reached, as when it was marked so by mistake. */
    public void reopen(String by, Instant at) {
        this.reachedOn = null;
        stamp(by, at);
    }

    /** Days late, as for a gate: the day reached against the planned day, or today against it while not reached. */
    public long slippageDays(LocalDate today) {
        return Slippage.days(plannedOn, reachedOn, today).orElseThrow();
    }

    private void notBeforeStart(String field, LocalDate day) {
        project.startedOn().filter(day::isBefore).ifPresent(started -> {
            throw new DomainRuleViolation(field, Reason.OUT_OF_RANGE, "must not be before the project started, on "
                    + started);
        });
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

    public Project project() {
        return project;
    }

    public String name() {
        return name;
    }

    public Optional<Phase> phase() {
        return Optional.ofNullable(phase);
    }

    public LocalDate plannedOn() {
        return plannedOn;
    }

    public Optional<LocalDate> reachedOn() {
        return Optional.ofNullable(reachedOn);
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
