package io.pylon.generator;

import io.pylon.opportunity.OpportunityStage;
import io.pylon.project.GateCode;
import io.pylon.proposal.ProposalStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Proposals for the opportunities, in one to three versions, each 2 % dearer than the next (the price came down in
 * negotiation): for most opportunities that became a project, submitted before the award and pointing to that project
 * as the version it was won with; for half the other won ones and a third of the lost ones, submitted before the
 * decision; for most of those being bid or negotiated, the earlier versions submitted and the latest often still a
 * draft. Bid leads draft and submit them.
 */
final class Proposals {

    /** A proposal as planned: when it was started, and its versions in order. */
    record ProposalPlan(OpportunityPlan opportunity, LocalDate created, List<VersionPlan> versions) {
    }

    record VersionPlan(int number, ProposalStatus status, LocalDate changed, BigDecimal price, BigDecimal cost) {
    }

    private final Today today;
    private final Dice.Roll proposed;
    private final Dice.Roll versions;
    private final Dice.Roll draft;
    private final Dice.Roll started;
    private final Dice.Roll margin;

    Proposals(Dice dice, Today today) {
        this.today = today;
        this.proposed = dice.roll("proposal.proposed");
        this.versions = dice.roll("proposal.versions");
        this.draft = dice.roll("proposal.draft");
        this.started = dice.roll("proposal.started");
        this.margin = dice.roll("proposal.margin");
    }

    Optional<ProposalPlan> proposalOf(OpportunityPlan opportunity) {
        int key = opportunity.index();
        double share = opportunity.project() != null ? 0.8 : switch (opportunity.stage()) {
            case WON -> 0.5;
            case LOST -> 0.3;
            case BIDDING, NEGOTIATING -> 0.6;
            case IDENTIFIED, QUALIFIED -> 0;
        };
        if (!proposed.chance(share, key)) {
            return Optional.empty();
        }
        int count = versions.between(1, 3, key);
        boolean latestIsDraft = opportunity.isOpen() && draft.chance(
                opportunity.stage() == OpportunityStage.BIDDING ? 0.7 : 0.2, key);
        // Decided ones were proposed before the decision, open ones within the last ten months.
        LocalDate until = opportunity.isOpen() ? today.date() : opportunity.expectedAwardOn().minusDays(7);
        LocalDate created = opportunity.isOpen() ? today.minusDays(started.between(30, 300, key))
                : until.minusDays(started.between(120, 400, key));
        double costShare = opportunity.project() != null
                ? opportunity.project().budget().doubleValue() / opportunity.project().contractPrice().doubleValue()
                : margin.between(0.80, 0.90, key);
        List<VersionPlan> planned = new ArrayList<>();
        for (int number = 1; number <= count; number++) {
            BigDecimal price = opportunity.value().multiply(BigDecimal.valueOf(1 + 0.02 * (count - number)))
                    .setScale(2, RoundingMode.HALF_EVEN);
            planned.add(new VersionPlan(number, number == count && latestIsDraft ? ProposalStatus.DRAFT
                    : ProposalStatus.SUBMITTED, created.plusDays(Timeline.days(created, until) * number / count), price,
                    price.multiply(BigDecimal.valueOf(costShare)).setScale(2, RoundingMode.HALF_EVEN)));
        }
        return Optional.of(new ProposalPlan(opportunity, created, planned));
    }

    void write(Database database, List<OpportunityPlan> opportunities) throws SQLException {
        List<ProposalPlan> proposals = opportunities.stream().map(this::proposalOf).flatMap(Optional::stream).toList();
        IdBlocks proposalIds = database.ids("proposal");
        IdBlocks versionIds = database.ids("proposal_version");
        try (Inserts inserts = database.inserts()) {
            Inserts.Table proposalRows = inserts.into("proposal", proposals.size(), "id", "version", "opportunity_id",
                    "title", "created_by", "created_at", "project_id", "awarded_version");
            Inserts.Table versionRows = inserts.into("proposal_version",
                    proposals.stream().mapToLong(proposal -> proposal.versions().size()).sum(), "id", "version",
                    "proposal_id", "number", "status", "currency", "contract_price", "cost_estimate", "terms",
                    "changed_by", "changed_at", "submitted_by", "submitted_at");
            for (ProposalPlan proposal : proposals) {
                OpportunityPlan opportunity = proposal.opportunity();
                String bidLead = opportunity.account().team().bidLead().username();
                ProjectPlan project = opportunity.project();
                long proposalId = proposalIds.next();
                proposalRows.row(proposalId, 0L, opportunity.id(), "Offer: " + opportunity.title(), bidLead,
                        today.moment(proposal.created(), 9, 0), project == null ? null : project.id(),
                        project == null ? null : proposal.versions().size());
                LocalDate start = project != null ? project.timeline().passed(GateCode.G3)
                        : opportunity.expectedAwardOn().plusDays(60);
                LocalDate completion = start.plusDays(project != null ? project.timeline().plannedConstructionDays()
                        : 900);
                for (VersionPlan version : proposal.versions()) {
                    boolean submitted = version.status() == ProposalStatus.SUBMITTED;
                    versionRows.row(versionIds.next(), 0L, proposalId, version.number(), version.status().name(),
                            opportunity.currency().getCurrencyCode(), version.price(), version.cost(),
                            OfferTerms.json(opportunity.currency(), version.price(), version.cost(), start, completion),
                            bidLead, today.moment(version.changed(), 10, 0), submitted ? bidLead : null,
                            submitted ? today.moment(version.changed(), 11, 0) : null);
                }
            }
        }
    }
}
