package io.pylon.financing;

/** How a tranche's principal is paid back. */
public enum RepaymentProfile {
    /** Equal principal instalments: the OECD Arrangement's standard profile. */
    EQUAL_PRINCIPAL,
    /** Level instalments of interest plus principal (a mortgage-style annuity). */
    ANNUITY,
    /** Given shares of the principal per instalment. */
    CUSTOM
}
