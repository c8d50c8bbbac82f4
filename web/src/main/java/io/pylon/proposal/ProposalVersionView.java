package io.pylon.proposal;

import io.pylon.financing.ContractEvaluationView;

/** A version of a proposal: its figures, its terms as they were sent, and those terms worked out. */
public record ProposalVersionView(long proposalId, ProposalView.VersionLine figures, ProposalTermsForm terms,
                                  ContractEvaluationView evaluation) {
}
