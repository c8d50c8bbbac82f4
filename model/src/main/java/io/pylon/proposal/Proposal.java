package io.pylon.proposal;

import io.pylon.account.Account;
import io.pylon.account.PartOfAccount;
import io.pylon.opportunity.Opportunity;
import io.pylon.opportunity.OpportunityStage;
import io.pylon.project.Project;
import io.pylon.shared.Texts;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An offer made for an opportunity, in numbered versions: the latest may be a draft, every earlier one was submitted
 * to the buyer and is kept as it was.
 */
@Entity
@Table(name = "proposal")
public class Proposal implements PartOfAccount {

    public static final int MAX_TITLE = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "proposal_seq")
    @SequenceGenerator(name = "proposal_seq", sequenceName = "proposal_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "opportunity_id")
    private Opportunity opportunity;

    @Column(nullable = false, length = MAX_TITLE)
    private String title;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The project the offer became when the opportunity was won, and the version it was won with. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "project_id")
    private Project project;

    @Column(name = "awarded_version")
    private Integer awardedVersion;

    @OneToMany(mappedBy = "proposal", cascade = CascadeType.PERSIST)
    @OrderBy("number")
    private List<ProposalVersion> versions = new ArrayList<>();

    protected Proposal() {
    }

    /** A new proposal whose first version, a draft, offers {@code terms}. */
    public Proposal(Opportunity opportunity, String title, ProposalTerms terms, String by, Instant at) {
        this.opportunity = Objects.requireNonNull(opportunity);
        this.title = Texts.tidy("title", title, true, MAX_TITLE);
        this.createdBy = by;
        this.createdAt = at;
        versions.add(new ProposalVersion(this, 1, terms, by, at));
    }

    /**
     * The next version, a draft starting from the latest one's terms. Refused while the latest is a draft itself:
     * there is one version in the works at a time.
     */
    public ProposalVersion startNextVersion(String by, Instant at) {
        ProposalVersion latest = latest();
        if (latest.status() == ProposalStatus.DRAFT) {
            throw new ProposalRefused("status", "version " + latest.number() + " is still a draft: revise it, or submit it first");
        }
        ProposalVersion next = latest.copiedAsDraft(latest.number() + 1, by, at);
        versions.add(next);
        return next;
    }

    /**
     * Checks that the offer may become a project: the opportunity was won, the latest version was submitted (it is
     * what the buyer accepted), and no project was started from it yet.
     */
    public void requireAwardable() {
        OpportunityStage stage = opportunity.details().stage();
        if (stage != OpportunityStage.WON) {
            throw new ProposalRefused("opportunity.stage", "the opportunity is " + stage
                    + ": a proposal becomes a project once its opportunity is WON");
        }
        if (latest().status() != ProposalStatus.SUBMITTED) {
            throw new ProposalRefused("status", "version " + latest().number()
                    + " is a draft: the project starts from the version submitted to the buyer");
        }
        if (project != null) {
            throw new ProposalRefused("project", "the proposal already became project " + project.id());
        }
    }

    /** Records that the offer, as its latest version, became {@code started}. */
    public void awardedAs(Project started) {
        requireAwardable();
        this.project = Objects.requireNonNull(started);
        this.awardedVersion = latest().number();
    }

    public Optional<Project> project() {
        return Optional.ofNullable(project);
    }

    public Optional<Integer> awardedVersion() {
        return Optional.ofNullable(awardedVersion);
    }

    public ProposalVersion latest() {
        return versions.get(versions.size() - 1);
    }

    public Optional<ProposalVersion> version(int number) {
        return versions.stream().filter(each -> each.number() == number).findFirst();
    }

    public List<ProposalVersion> versions() {
        return List.copyOf(versions);
    }

    @Override
    public Account account() {
        return opportunity.account();
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public Opportunity opportunity() {
        return opportunity;
    }

    public String title() {
        return title;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
