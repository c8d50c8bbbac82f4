package io.pylon.project;

import io.pylon.account.Account;
import io.pylon.shared.CountryCode;
import io.pylon.shared.Money;
import jakarta.persistence.AttributeOverride;
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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/**
 * An infrastructure project, owned by the agency account that implements it. Its financier's id
 * ({@code externalId}, such as the World Bank's P129828) is unique, so a re-import updates it
 * rather than adding a second one.
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

    @Column(name = "external_id", nullable = false, length = ProjectFacts.MAX_EXTERNAL_ID_LENGTH)
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

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "commitment_amount", nullable = false, precision = 19, scale = Money.SCALE))
    @AttributeOverride(name = "currency", column = @Column(name = "commitment_currency", nullable = false, length = 3))
    private Money commitment;

    @Column(name = "approved_on", nullable = false)
    private LocalDate approvedOn;

    @Column(name = "closes_on")
    private LocalDate closesOn;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private ProjectStatus status;

    protected Project() {
    }

    public Project(ProjectFacts facts) {
        apply(facts);
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
}
