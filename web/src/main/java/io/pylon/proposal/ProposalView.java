package io.pylon.proposal;

import io.pylon.opportunity.OpportunityStage;
import java.time.Instant;
import java.util.List;

/** A proposal with a line per version, oldest first, and once won the project it became and with which version. */
public record ProposalView(long id, long version, String title, OpportunityRef opportunity, String createdBy,
                           Instant createdAt, List<VersionLine> versions, ProjectRef project, Integer awardedVersion) {

    public record OpportunityRef(long id, String title, OpportunityStage stage) {
    }

    public record ProjectRef(long id, String name) {
    }

    /** A version's figures: {@code margin} = contract price - cost estimate, {@code marginShare} its share of the price. */
    public record VersionLine(int number, long version, ProposalStatus status, String currency, String contractPrice,
                              String costEstimate, String margin, String marginShare, String changedBy,
                              Instant changedAt, String submittedBy, Instant submittedAt) {

        static VersionLine of(ProposalVersion version) {
            return new VersionLine(version.number(), version.version(), version.status(),
                    version.currency().getCurrencyCode(), version.contractPrice().toPlainString(),
                    version.costEstimate().toPlainString(), version.margin().toPlainString(),
                    version.marginShare().toPlainString(),
                    version.changedBy(), version.changedAt(), version.submittedBy(), version.submittedAt());
        }
    }

    static ProposalView of(Proposal proposal) {
        return new ProposalView(proposal.id(), proposal.version(), proposal.title(),
                new OpportunityRef(proposal.opportunity().id(), proposal.opportunity().details().title(),
                        proposal.opportunity().details().stage()),
                proposal.createdBy(), proposal.createdAt(), proposal.versions().stream().map(VersionLine::of).toList(),
                proposal.project().map(project -> new ProjectRef(project.id(), project.name())).orElse(null),
                proposal.awardedVersion().orElse(null));
    }
}
