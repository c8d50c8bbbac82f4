package io.pylon.account;

/** What a contact's word weighs in the agency's decisions. */
public enum Influence {
    DECISION_MAKER,
    INFLUENCER,
    GATEKEEPER,
    USER
}
