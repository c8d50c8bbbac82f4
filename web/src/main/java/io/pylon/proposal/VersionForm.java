package io.pylon.proposal;

/** A draft's revised terms, or a submission, from the {@code version} the caller read. */
public record VersionForm(Long version, ProposalTermsForm terms) {
}
