package io.pylon.account;

/** Key-account classification from the contractor's KAM practice. */
public enum Classification {
    /** Leader in a sector. */
    INDUSTRY,
    /** Dominant in a region. */
    REGIONAL,
    /** Small now, growing fast. */
    POTENTIAL
}
