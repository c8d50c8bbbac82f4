package io.pylon.account;

public enum AgencyType {
    MINISTRY,
    AGENCY,
    AUTHORITY,
    STATE_OWNED_ENTERPRISE,
    MUNICIPALITY,
    DEVELOPMENT_BANK,
    OTHER
}
