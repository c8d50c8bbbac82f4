package io.pylon.project;

import io.pylon.account.Sector;
import io.pylon.security.Role;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The template of one sector and contract type as an administrator edited it, in force instead of the default
 * ({@link ProjectTemplate#defaults}) until it is deleted again. The version makes two administrators editing it at
 * once collide rather than overwrite each other.
 */
@Entity
@Table(name = "project_template")
public class EditedTemplate {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "project_template_seq")
    @SequenceGenerator(name = "project_template_seq", sequenceName = "project_template_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private Sector sector;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "contract_type", nullable = false, length = 10)
    private ContractType contractType;

    @ElementCollection
    @CollectionTable(name = "project_template_decider", joinColumns = @JoinColumn(name = "template_id"))
    private Set<Decider> deciders = new HashSet<>();

    /** The criteria of all five gates, gate after gate, each gate's in its order. */
    @ElementCollection
    @CollectionTable(name = "project_template_criterion", joinColumns = @JoinColumn(name = "template_id"))
    @OrderColumn(name = "position")
    private List<Criterion> criteria = new ArrayList<>();

    @Column(name = "changed_by", nullable = false, length = 64)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected EditedTemplate() {
    }

    /** Filled before it is persisted, so that its first version is 0 (see docs/stack-notes.md). */
    public EditedTemplate(ProjectTemplate template, String by, Instant at) {
        this.sector = template.sector();
        this.contractType = template.contractType();
        replace(template, by, at);
    }

    /** Takes the gates of {@code template}, which must be of this template's sector and contract type. */
    public void replace(ProjectTemplate template, String by, Instant at) {
        if (template.sector() != sector || template.contractType() != contractType) {
            throw new IllegalArgumentException("a template of " + template.sector() + "/" + template.contractType()
                    + " does not replace the one of " + sector + "/" + contractType);
        }
        Set<Decider> newDeciders = new HashSet<>();
        List<Criterion> newCriteria = new ArrayList<>();
        for (GateTemplate gate : template.gates()) {
            gate.deciders().forEach(role -> newDeciders.add(new Decider(gate.code(), role)));
            gate.criteria().forEach(criterion -> newCriteria.add(new Criterion(gate.code(), criterion)));
        }
        // Kept as they are where unchanged: a replaced equal collection would be rewritten row by row.
        deciders.retainAll(newDeciders);
        deciders.addAll(newDeciders);
        if (!criteria.equals(newCriteria)) {
            criteria.clear();
            criteria.addAll(newCriteria);
        }
        this.changedBy = Objects.requireNonNull(by);
        // As the database keeps it, so that the answer to a save reads as the template read back afterwards.
        this.changedAt = at.truncatedTo(ChronoUnit.MICROS);
    }

    public ProjectTemplate template() {
        List<GateTemplate> gates = new ArrayList<>();
        for (GateCode code : GateCode.values()) {
            if (code == GateCode.G0) {
                continue;
            }
            Set<Role> roles = EnumSet.noneOf(Role.class);
            deciders.stream().filter(decider -> decider.gate == code).forEach(decider -> roles.add(decider.role));
            gates.add(new GateTemplate(code, roles, criteria.stream().filter(criterion -> criterion.gate == code)
                    .map(Criterion::template).toList()));
        }
        return new ProjectTemplate(sector, contractType, gates);
    }

    public long version() {
        return version;
    }

    public Sector sector() {
        return sector;
    }

    public ContractType contractType() {
        return contractType;
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }

    /** A role that decides one gate. */
    @Embeddable
    static class Decider {

        @Enumerated(EnumType.STRING)
        @JdbcTypeCode(SqlTypes.VARCHAR)
        @Column(name = "gate_code", nullable = false, length = 2)
        private GateCode gate;

        @Enumerated(EnumType.STRING)
        @JdbcTypeCode(SqlTypes.VARCHAR)
        @Column(nullable = false, length = 20)
        private Role role;

        protected Decider() {
        }

        Decider(GateCode gate, Role role) {
            this.gate = gate;
            this.role = role;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Decider that && gate == that.gate && role == that.role;
        }

        @Override
        public int hashCode() {
            return Objects.hash(gate, role);
        }
    }

    /** A criterion of one gate. */
    @Embeddable
    static class Criterion {

        @Enumerated(EnumType.STRING)
        @JdbcTypeCode(SqlTypes.VARCHAR)
        @Column(name = "gate_code", nullable = false, length = 2)
        private GateCode gate;

        @Column(nullable = false, length = GateCriterion.MAX_TEXT)
        private String text;

        @Enumerated(EnumType.STRING)
        @JdbcTypeCode(SqlTypes.VARCHAR)
        @Column(nullable = false, length = 12)
        private CriterionKind kind;

        @Column(nullable = false)
        private int weight;

        protected Criterion() {
        }

        Criterion(GateCode gate, CriterionTemplate template) {
            this.gate = gate;
            this.text = template.text();
            this.kind = template.kind();
            this.weight = template.weight();
        }

        CriterionTemplate template() {
            return new CriterionTemplate(text, kind, weight);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Criterion that && gate == that.gate && text.equals(that.text) && kind == that.kind
                    && weight == that.weight;
        }

        @Override
        public int hashCode() {
            return Objects.hash(gate, text, kind, weight);
        }
    }
}
