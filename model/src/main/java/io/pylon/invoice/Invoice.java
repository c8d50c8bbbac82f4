package io.pylon.invoice;

import static io.pylon.shared.DomainRuleViolation.requirePresent;

import io.pylon.project.Project;
import io.pylon.shared.DomainRuleViolation;
import io.pylon.shared.Money;
import io.pylon.shared.Reason;
import io.pylon.shared.Texts;
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
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An invoice or payment certificate of a project: its number (unique in the project), the amount, the day it was
 * issued (not in the future), the day it is due (not before the issue) and, once paid, the day it was paid (between
 * the issue and today). It is receivable from its issue until the day it is paid, and overdue once its due day has
 * passed unpaid.
 */
@Entity
@Table(name = "invoice")
public class Invoice {

    public static final int MAX_NUMBER = 40;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "invoice_seq")
    @SequenceGenerator(name = "invoice_seq", sequenceName = "invoice_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id")
    private Project project;

    @Column(nullable = false, length = MAX_NUMBER)
    private String number;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private InvoiceKind kind;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "amount", nullable = false, precision = 19, scale = Money.SCALE))
    @AttributeOverride(name = "currency", column = @Column(name = "currency", nullable = false, length = 3))
    private Money amount;

    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "paid_on")
    private LocalDate paidOn;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected Invoice() {
    }

    /** Issues the invoice; {@code today} bounds the issue day. */
    public Invoice(Project project, String number, InvoiceKind kind, Money amount, LocalDate issuedOn, LocalDate dueOn,
                   LocalDate today, String by, Instant at) {
        this.project = Objects.requireNonNull(project);
        this.number = Texts.tidy("number", number, true, MAX_NUMBER);
        this.kind = requirePresent("kind", kind);
        this.amount = requirePresent("amount", amount);
        if (amount.amount().signum() <= 0) {
            throw new DomainRuleViolation("amount", Reason.OUT_OF_RANGE, "must be more than zero");
        }
        this.issuedOn = notAfter("issuedOn", requirePresent("issuedOn", issuedOn), today);
        this.dueOn = requirePresent("dueOn", dueOn);
        if (dueOn.isBefore(issuedOn)) {
            throw new DomainRuleViolation("dueOn", Reason.OUT_OF_RANGE, "must not be before the invoice was issued, on "
                    + issuedOn);
        }
        stamp(by, at);
    }

    /** Records the day the agency paid, between the issue and {@code today}; a payment recorded before is corrected. */
    public void pay(LocalDate on, LocalDate today, String by, Instant at) {
        notAfter("paidOn", requirePresent("paidOn", on), today);
        if (on.isBefore(issuedOn)) {
            throw new DomainRuleViolation("paidOn", Reason.OUT_OF_RANGE, "must not be before the invoice was issued, on "
                    + issuedOn);
        }
        this.paidOn = on;
        stamp(by, at);
    }

    /** Takes back a payment recorded by mistake: the invoice is open again. */
    public void reopen(String by, Instant at) {
        this.paidOn = null;
        stamp(by, at);
    }

    /** Whether the agency owed the amount at the end of {@code day}: issued by then and not yet paid. */
    public boolean isReceivableOn(LocalDate day) {
        return !issuedOn.isAfter(day) && (paidOn == null || paidOn.isAfter(day));
    }

    /** Days past due at the end of {@code day} while still receivable; zero when not overdue. */
    public long daysOverdueOn(LocalDate day) {
        return isReceivableOn(day) && dueOn.isBefore(day) ? ChronoUnit.DAYS.between(dueOn, day) : 0;
    }

    private static LocalDate notAfter(String field, LocalDate day, LocalDate today) {
        if (day.isAfter(today)) {
            throw new DomainRuleViolation(field, Reason.IN_THE_FUTURE, "must not be in the future");
        }
        return day;
    }

    private void stamp(String by, Instant at) {
        this.recordedBy = Objects.requireNonNull(by);
        this.recordedAt = Objects.requireNonNull(at);
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

    public String number() {
        return number;
    }

    public InvoiceKind kind() {
        return kind;
    }

    public Money amount() {
        return amount;
    }

    public LocalDate issuedOn() {
        return issuedOn;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public Optional<LocalDate> paidOn() {
        return Optional.ofNullable(paidOn);
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
