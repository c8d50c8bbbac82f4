package io.pylon.country;

/** The World Bank's regions, by which the portfolio groups countries. */
public enum Region {
    AFRICA,
    EAST_ASIA_PACIFIC,
    EUROPE_CENTRAL_ASIA,
    LATIN_AMERICA_CARIBBEAN,
    MIDDLE_EAST_NORTH_AFRICA,
    NORTH_AMERICA,
    SOUTH_ASIA
}
