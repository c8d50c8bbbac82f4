package io.pylon.proposal;

/** A new proposal: the opportunity it is for, a title, and the terms of its first version. */
public record ProposalForm(Long opportunityId, String title, ProposalTermsForm terms) {
}
