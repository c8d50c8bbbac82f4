/**
 * Invoices and payment certificates of projects: what the contractor has billed the agency, when it is due and when
 * it was paid, from which the portfolio's receivables and overdue receivables follow.
 */
package io.pylon.invoice;
