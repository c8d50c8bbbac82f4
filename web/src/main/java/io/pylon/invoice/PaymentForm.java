package io.pylon.invoice;

/** The day an invoice was paid (YYYY-MM-DD; null takes a recorded payment back) and the invoice's version read. */
public record PaymentForm(String paidOn, Long version) {
}
