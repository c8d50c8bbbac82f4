package io.pylon.project;

import io.pylon.account.Account;
import io.pylon.account.Sector;
import io.pylon.shared.CountryCode;
import io.pylon.shared.DomainRuleViolation;
import io.pylon.shared.Money;
import io.pylon.shared.Reason;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.type.SqlTypes;

/**
 * An infrastructure project, owned by the agency account that implements it, in a phase of its lifecycle that
 * changes only through a decision at its gate ({@link Gate#decide}). An imported project carries its financier's
 * id ({@code externalId}, such as the World Bank's P129828), unique, so a re-import updates it rather than adding
 * a second one; a project the company pursues itself has gates from the template of its sector and contract type.
 */
@Entity
@Audited
@Table(name = "project")
public class Project {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "project_seq")
    @SequenceGenerator(name = "project_seq", sequenceName = "project_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    /** The financier's id of an imported project; none for a project Pylon started. */
    @Column(name = "external_id", length = ProjectFacts.MAX_EXTERNAL_ID_LENGTH)
    private String externalId;

    @Column(nullable = false, length = ProjectFacts.MAX_NAME_LENGTH)
    private String name;

    @Column(nullable = false, length = 3)
    private CountryCode country;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_id")
    private Account owner;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "borrower_id")
    private Account borrower;

    @ElementCollection
    @CollectionTable(name = "project_sector", joinColumns = @JoinColumn(name = "project_id"))
    @OrderColumn(name = "sector_order")
    private List<SectorShare> sectors = new ArrayList<>();

    /** G0 to G5 of a project Pylon started, in order; none for an imported one. Many projects' gates are read by query. */
    @OneToMany(mappedBy = "project", cascade = CascadeType.PERSIST)
    @NotAudited
    private List<Gate> gates = new ArrayList<>();

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "commitment_amount", precision = 19, scale = Money.SCALE))
    @AttributeOverride(name = "currency", column = @Column(name = "commitment_currency", length = 3))
    private Money commitment;

    @Column(name = "approved_on")
    private LocalDate approvedOn;

    @Column(name = "closes_on")
    private LocalDate closesOn;

    /** Where the project stands with its financier; none for a project Pylon started. */
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(length = 20)
    private ProjectStatus status;

    /** Null only between creation and its G0 decision, in the same transaction. */
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(length = 30)
    private Phase phase;

    /** The sector its gates' template is chosen by; none for an imported project, which has no gates. */
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "lifecycle_sector", length = 20)
    private Sector sector;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "contract_type", length = 10)
    private ContractType contractType;

    @Column(nullable = false)
    private boolean killed;

    protected Project() {
    }

    /** A project imported from a financier's export, in the phase its status gives it ({@link Phase#ofImported}). */
    public Project(ProjectFacts facts) {
        apply(facts);
        this.phase = Phase.ofImported(facts.status());
    }

    /**
     * A project the company pursues for an agency, with its gates G0 to G5 from {@code templates}; it enters
     * PLANNING when its G0 is decided ({@link #pursuitGate()}).
     */
    public Project(PlannedProject planned, List<GateTemplate> templates) {
        this.name = planned.name();
        this.country = planned.country();
        this.owner = planned.owner();
        this.borrower = planned.borrower();
        this.sector = planned.sector();
        this.contractType = planned.contractType();
        this.gates.add(new Gate(this, new GateTemplate(GateCode.G0, GateTemplates.deciders(GateCode.G0), List.of())));
        for (GateTemplate template : templates) {
            this.gates.add(new Gate(this, template));
        }
    }

    /** Replaces what is known about the project with newer facts, such as a later export. */
    public void revise(ProjectFacts facts) {
        apply(facts);
    }

    private void apply(ProjectFacts facts) {
        this.externalId = facts.externalId();
        this.name = facts.name();
        this.country = facts.country();
        this.owner = facts.owner();
        this.borrower = facts.borrower();
        // Replacing an equal list would rewrite the collection and add an empty audit revision.
        if (!sectors.equals(facts.sectors())) {
            sectors.clear();
            sectors.addAll(facts.sectors());
        }
        this.commitment = facts.commitment();
        this.approvedOn = facts.approvedOn();
        this.closesOn = facts.closesOn();
        this.status = facts.status();
    }

    public List<Gate> gates() {
        return Collections.unmodifiableList(gates);
    }

    /** The day the project started: its pursuit (G0) for a project Pylon started, its approval for an imported one. */
    public Optional<LocalDate> startedOn() {
        return gates.isEmpty() ? Optional.ofNullable(approvedOn) : Optional.ofNullable(pursuitGate().actualOn());
    }

    /**
     * How late the project is: the largest slippage of its gates and milestones, in days (negative when all that is
     * planned was reached early); none when nothing is planned. A killed project counts only what it reached, so
     * that its abandoned plan does not grow later day by day.
     */
    public Optional<Long> slippageDays(List<Milestone> milestones, LocalDate today) {
        Stream<Long> ofGates = gates.stream()
                .filter(gate -> !killed || gate.actualOn() != null)
                .flatMap(gate -> gate.slippageDays(today).stream());
        Stream<Long> ofMilestones = milestones.stream()
                .filter(milestone -> !killed || milestone.reachedOn().isPresent())
                .map(milestone -> milestone.slippageDays(today));
        return Stream.concat(ofGates, ofMilestones).max(Long::compare);
    }

    /** The G0 gate of a project just made, to decide its pursuit. */
    public Gate pursuitGate() {
        return gate(GateCode.G0);
    }

    /** The gate that ends the current phase: none once closed or killed, G0 before the project is pursued. */
    public Optional<GateCode> nextGate() {
        if (killed || phase == Phase.CLOSED) {
            return Optional.empty();
        }
        return Optional.of(phase == null ? GateCode.G0 : GateCode.ending(phase));
    }

    /**
     * Plans the gate for a day, or clears its plan with null. A gate is planned neither before the project started
     * (its G0) nor before an earlier gate's planned day, nor after a later one's.
     */
    public void plan(GateCode code, LocalDate day) {
        Gate planned = gate(code);
        if (day != null) {
            LocalDate started = pursuitGate().actualOn();
            if (started != null && day.isBefore(started)) {
                throw new DomainRuleViolation("plannedOn", Reason.OUT_OF_RANGE,
                        "must not be before the project started, on " + started);
            }
            for (Gate other : gates) {
                LocalDate otherDay = other.plannedOn();
                boolean earlier = other.code().compareTo(code) < 0;
                if (otherDay != null && other.code() != code && (earlier ? day.isBefore(otherDay) : day.isAfter(otherDay))) {
                    throw new DomainRuleViolation("plannedOn", Reason.OUT_OF_RANGE, "must not be "
                            + (earlier ? "before " : "after ") + other.code() + ", planned for " + otherDay);
                }
            }
        }
        planned.plan(day);
    }

    private Gate gate(GateCode code) {
        return gates.stream().filter(gate -> gate.code() == code).findFirst()
                .orElseThrow(() -> new IllegalStateException("no gate " + code + ": an imported project has no gates"));
    }

    void enter(Phase next) {
        this.phase = next;
    }

    void kill() {
        this.killed = true;
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String externalId() {
        return externalId;
    }

    public String name() {
        return name;
    }

    public CountryCode country() {
        return country;
    }

    public Account owner() {
        return owner;
    }

    public Account borrower() {
        return borrower;
    }

    public List<SectorShare> sectors() {
        return List.copyOf(sectors);
    }

    public Money commitment() {
        return commitment;
    }

    public LocalDate approvedOn() {
        return approvedOn;
    }

    public LocalDate closesOn() {
        return closesOn;
    }

    public ProjectStatus status() {
        return status;
    }

    public Phase phase() {
        return phase;
    }

    public Sector sector() {
        return sector;
    }

    public ContractType contractType() {
        return contractType;
    }

    public boolean isKilled() {
        return killed;
    }
}
