package io.pylon.security;

/** Global roles. What a role may do on one account also needs team membership, see {@link Permissions}. */
public enum Role {
    ADMIN,
    /** Reads every account and the whole portfolio. */
    EXECUTIVE,
    ACCOUNT_MANAGER,
    BID_MANAGER,
    PROJECT_MANAGER,
    /** Reads the accounts of their teams, never writes. */
    VIEWER
}
