package io.pylon.project;

import static io.pylon.shared.DomainRuleViolation.requirePresent;

import io.pylon.shared.DomainRuleViolation;
import io.pylon.shared.Money;
import io.pylon.shared.Reason;
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
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;

/**
 * A reporting period of a project, identified by the day it ends: its {@link EarnedValue} to that day, who recorded
 * it and when. Recording the same period again corrects it.
 */
@Entity
@Table(name = "reporting_period")
public class ReportingPeriod {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reporting_period_seq")
    @SequenceGenerator(name = "reporting_period_seq", sequenceName = "reporting_period_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id")
    private Project project;

    @Column(name = "period_end", nullable = false)
    private LocalDate periodEnd;

    @Column(nullable = false, length = 3)
    private Currency currency;

    @Column(name = "budget_at_completion", nullable = false, precision = Money.PRECISION, scale = Money.SCALE)
    private BigDecimal budgetAtCompletion;

    @Column(name = "planned_value", nullable = false, precision = Money.PRECISION, scale = Money.SCALE)
    private BigDecimal plannedValue;

    @Column(name = "earned_value", nullable = false, precision = Money.PRECISION, scale = Money.SCALE)
    private BigDecimal earnedValue;

    @Column(name = "actual_cost", nullable = false, precision = Money.PRECISION, scale = Money.SCALE)
    private BigDecimal actualCost;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected ReportingPeriod() {
    }

    /** A period of the project ending on {@code periodEnd}, which is not before the project started. */
    public ReportingPeriod(Project project, LocalDate periodEnd, EarnedValue values, String by, Instant at) {
        this.project = Objects.requireNonNull(project);
        requirePresent("periodEnd", periodEnd);
        project.startedOn().filter(periodEnd::isBefore).ifPresent(started -> {
            throw new DomainRuleViolation("periodEnd", Reason.OUT_OF_RANGE,
                    "must not be before the project started, on " + started);
        });
        this.periodEnd = periodEnd;
        correct(values, by, at);
    }

    /** Replaces the period's figures, as recorded by {@code by}. */
    public void correct(EarnedValue values, String by, Instant at) {
        this.currency = values.budgetAtCompletion().currency();
        this.budgetAtCompletion = values.budgetAtCompletion().amount();
        this.plannedValue = values.plannedValue().amount();
        this.earnedValue = values.earnedValue().amount();
        this.actualCost = values.actualCost().amount();
        this.recordedBy = Objects.requireNonNull(by);
        this.recordedAt = Objects.requireNonNull(at);
    }

    public EarnedValue values() {
        return new EarnedValue(Money.of(budgetAtCompletion, currency), Money.of(plannedValue, currency),
                Money.of(earnedValue, currency), Money.of(actualCost, currency));
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

    public LocalDate periodEnd() {
        return periodEnd;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
