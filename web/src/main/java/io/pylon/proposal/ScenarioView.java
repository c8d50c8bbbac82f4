package io.pylon.proposal;

import java.time.Instant;

/** A scenario beside a version of a proposal, with its terms as sent. */
public record ScenarioView(long id, long version, String name, String changedBy, Instant changedAt,
                           ProposalTermsForm terms) {

    static ScenarioView of(ProposalScenario scenario) {
        return new ScenarioView(scenario.id(), scenario.version(), scenario.name(), scenario.changedBy(),
                scenario.changedAt(), ProposalTermsForm.read(scenario.terms()));
    }
}
