package io.pylon.proposal;

/** A scenario's name and terms (a new one without terms copies the version's); a revision sends the version read. */
public record ScenarioForm(Long version, String name, ProposalTermsForm terms) {
}
