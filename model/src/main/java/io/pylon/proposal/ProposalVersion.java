package io.pylon.proposal;

import io.pylon.financing.FinancedContract;
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
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Currency;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.hibernate.type.SqlTypes;

/**
 * One version of a proposal: its terms as a JSON document, with the contract price and cost estimate also in
 * columns of their own for the portfolio's sums. A draft is revised as a whole (Envers keeps each revision); submitted,
 * it is frozen.
 */
@Entity
@Audited
@Table(name = "proposal_version")
public class ProposalVersion {

    /** Far more than a plan of 20 tranches with monthly drawdowns over ten years takes. */
    public static final int MAX_DOCUMENT = 1_000_000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "proposal_version_seq")
    @SequenceGenerator(name = "proposal_version_seq", sequenceName = "proposal_version_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "proposal_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Proposal proposal;

    @Column(nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 10)
    private ProposalStatus status;

    @Column(nullable = false, length = 3)
    private Currency currency;

    @Column(name = "contract_price", nullable = false, precision = 19, scale = 2)
    private BigDecimal contractPrice;

    @Column(name = "cost_estimate", nullable = false, precision = 19, scale = 2)
    private BigDecimal costEstimate;

    @Column(nullable = false, length = MAX_DOCUMENT)
    private String terms;

    @Column(name = "changed_by", nullable = false, length = 64)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "submitted_by", length = 64)
    private String submittedBy;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    protected ProposalVersion() {
    }

    ProposalVersion(Proposal proposal, int number, ProposalTerms terms, String by, Instant at) {
        this.proposal = proposal;
        this.number = number;
        this.status = ProposalStatus.DRAFT;
        offer(terms, by, at);
    }

    /** A new draft numbered {@code next}, offering what this version offers. */
    ProposalVersion copiedAsDraft(int next, String by, Instant at) {
        ProposalVersion copy = new ProposalVersion();
        copy.proposal = proposal;
        copy.number = next;
        copy.status = ProposalStatus.DRAFT;
        copy.currency = currency;
        copy.contractPrice = contractPrice;
        copy.costEstimate = costEstimate;
        copy.terms = terms;
        copy.changedBy = by;
        copy.changedAt = at;
        return copy;
    }

    /** Replaces the draft's terms. */
    public void revise(ProposalTerms revised, String by, Instant at) {
        requireDraft();
        offer(revised, by, at);
    }

    /** Sends the version to the buyer: from now on it is kept exactly as it is. */
    public void submit(String by, Instant at) {
        requireDraft();
        this.status = ProposalStatus.SUBMITTED;
        this.submittedBy = by;
        this.submittedAt = at;
    }

    /** Refuses a change once the version was submitted. */
    public void requireDraft() {
        if (status == ProposalStatus.SUBMITTED) {
            throw new ProposalRefused("status", "version " + number + " was submitted on " + submittedAt
                    + " and is frozen: start a new version to change the offer");
        }
    }

    private void offer(ProposalTerms offered, String by, Instant at) {
        FinancedContract contract = offered.contract();
        this.currency = contract.plan().currency();
        this.contractPrice = cents(contract.terms().contractPrice());
        this.costEstimate = cents(contract.terms().costIn(currency));
        this.terms = offered.document();
        this.changedBy = by;
        this.changedAt = at;
    }

    private static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_EVEN);
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public Proposal proposal() {
        return proposal;
    }

    public int number() {
        return number;
    }

    public ProposalStatus status() {
        return status;
    }

    public Currency currency() {
        return currency;
    }

    public BigDecimal contractPrice() {
        return contractPrice;
    }

    /** The cost estimate in the contract's currency. */
    public BigDecimal costEstimate() {
        return costEstimate;
    }

    /** The contract price less the cost estimate. */
    public BigDecimal margin() {
        return contractPrice.subtract(costEstimate);
    }

    /** The margin's share of the contract price, to four decimals (0.1500 for 15%). */
    public BigDecimal marginShare() {
        return margin().divide(contractPrice, 4, RoundingMode.HALF_EVEN);
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

    public String submittedBy() {
        return submittedBy;
    }

    public Instant submittedAt() {
        return submittedAt;
    }
}
