package io.pylon.account;

public enum Sector {
    RAIL,
    ROAD,
    BRIDGE,
    PORT,
    AIRPORT,
    POWER,
    WATER,
    BUILDING
}
