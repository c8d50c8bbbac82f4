package io.pylon.invoice;

/**
 * How the amount was billed: an invoice, or an interim payment certificate the engineer certified under the
 * contract (as FIDIC contracts pay the works), which the agency owes just the same.
 */
public enum InvoiceKind {
    INVOICE,
    PAYMENT_CERTIFICATE
}
