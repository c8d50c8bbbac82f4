package io.pylon.plan;

import io.pylon.security.User;
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
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One objective of an account plan, versioned on its own so that its owner can update it alone. */
@Entity
@Table(name = "plan_objective")
public class PlanObjective {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_objective_seq")
    @SequenceGenerator(name = "plan_objective_seq", sequenceName = "plan_objective_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    private AccountPlan plan;

    @Column(nullable = false, length = ObjectiveDetails.MAX_TITLE)
    private String title;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_id")
    private User owner;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private ObjectiveStatus status;

    @ElementCollection
    @CollectionTable(name = "plan_objective_measure", joinColumns = @JoinColumn(name = "objective_id"))
    @OrderColumn(name = "item_order")
    private List<Measure> measures = new ArrayList<>();

    @Embedded
    private LastChange lastChange;

    protected PlanObjective() {
    }

    public PlanObjective(AccountPlan plan, ObjectiveDetails details, LastChange created) {
        this.plan = Objects.requireNonNull(plan);
        update(details, created);
    }

    /** Replaces what the objective says. */
    public void update(ObjectiveDetails details, LastChange change) {
        this.title = details.title();
        this.owner = details.owner();
        this.dueOn = details.dueOn();
        this.status = details.status();
        if (!measures.equals(details.measures())) {
            measures.clear();
            measures.addAll(details.measures());
        }
        this.lastChange = Objects.requireNonNull(change);
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public AccountPlan plan() {
        return plan;
    }

    public ObjectiveDetails details() {
        return new ObjectiveDetails(title, owner, dueOn, status, measures);
    }

    public LastChange lastChange() {
        return lastChange;
    }
}
