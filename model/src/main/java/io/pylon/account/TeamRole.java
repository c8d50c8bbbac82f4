package io.pylon.account;

/** What a person does on an account team. Access itself follows the person's global role. */
public enum TeamRole {
    ACCOUNT_LEAD,
    BID_LEAD,
    PROJECT_LEAD,
    SPONSOR,
    MEMBER
}
