package io.pylon.financing;

/** The rules of the OECD Arrangement on Officially Supported Export Credits (as in force since 15 July 2023) a plan is checked against. */
public enum ArrangementRule {
    /** The buyer pays at least 15% of the export contract value from other sources than official support. */
    DOWN_PAYMENT,
    /** Official support (the export-credit tranches) reaches at most 85% of the export contract value. */
    OFFICIAL_SUPPORT,
    /** Support for local costs reaches at most 40% (Category I) or 50% (Category II) of the export contract value. */
    LOCAL_COSTS,
    /** Each supported tranche is repaid within 15 years of the starting point of credit, 22 for climate or nuclear. */
    REPAYMENT_TERM,
    /** Equal principal instalments at least every 6 months, the first within 6 months of the starting point of credit. */
    REPAYMENT_PROFILE,
    /** A fixed rate is at or above the CIRR. */
    MINIMUM_FIXED_RATE
}
