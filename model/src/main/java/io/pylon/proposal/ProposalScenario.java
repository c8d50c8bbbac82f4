package io.pylon.proposal;

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
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A what-if beside a version of a proposal: the version's terms copied and changed (another tenor, a floating rate, a
 * smaller commercial loan), named, to be compared with the version side by side. It is frozen with its version.
 */
@Entity
@Table(name = "proposal_scenario")
public class ProposalScenario {

    public static final int MAX_NAME = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "proposal_scenario_seq")
    @SequenceGenerator(name = "proposal_scenario_seq", sequenceName = "proposal_scenario_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "proposal_version_id")
    private ProposalVersion of;

    @Column(nullable = false, length = MAX_NAME)
    private String name;

    @Column(nullable = false, length = ProposalVersion.MAX_DOCUMENT)
    private String terms;

    @Column(name = "changed_by", nullable = false, length = 64)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected ProposalScenario() {
    }

    /** A scenario of a draft version offering {@code terms}, or the version's own terms when they are null. */
    public ProposalScenario(ProposalVersion of, String name, ProposalTerms terms, String by, Instant at) {
        of.requireDraft();
        this.of = of;
        this.name = Texts.tidy("name", name, true, MAX_NAME);
        this.terms = terms == null ? of.terms() : terms.document();
        this.changedBy = by;
        this.changedAt = at;
    }

    public void revise(String renamed, ProposalTerms revised, String by, Instant at) {
        of.requireDraft();
        this.name = Texts.tidy("name", renamed, true, MAX_NAME);
        this.terms = revised.document();
        this.changedBy = by;
        this.changedAt = at;
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public ProposalVersion of() {
        return of;
    }

    public String name() {
        return name;
    }

    /** The terms as the JSON document they were offered in. */
    public String terms() {
        return terms;
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
