package io.pylon.proposal;

/** A version of a proposal is worked on as a DRAFT; once SUBMITTED to the buyer it is frozen for good. */
public enum ProposalStatus {
    DRAFT,
    SUBMITTED
}
