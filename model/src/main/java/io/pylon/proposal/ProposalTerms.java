package io.pylon.proposal;

import static io.pylon.shared.DomainRuleViolation.requirePresent;

import io.pylon.financing.FinancedContract;

/**
 * What a version of a proposal offers: the contract and its financing plan, and the same terms as the JSON document
 * they are stored as (the API's own format, so that a stored version reads back exactly as it was sent).
 */
public record ProposalTerms(FinancedContract contract, String document) {

    public ProposalTerms {
        requirePresent("terms", contract);
        requirePresent("terms", document);
    }
}
