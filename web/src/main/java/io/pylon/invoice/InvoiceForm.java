package io.pylon.invoice;

import io.pylon.api.FieldChecks;
import io.pylon.api.MoneyForm;

/**
 * An invoice as a client sends it: its number, kind ({@code INVOICE} or {@code PAYMENT_CERTIFICATE}), amount, the
 * days it was issued and is due and, if already paid, the day it was paid (YYYY-MM-DD).
 */
public record InvoiceForm(String number, String kind, MoneyForm amount, String issuedOn, String dueOn, String paidOn) {

    /** The invoice checked field by field; the days against each other in {@link Invoice}. */
    Invoices.Draft draft() {
        FieldChecks checks = new FieldChecks()
                .text("number", number, true, Invoice.MAX_NUMBER)
                .required("kind", kind)
                .required("issuedOn", issuedOn)
                .required("dueOn", dueOn);
        var draft = new Invoices.Draft(number, checks.oneOf("kind", kind, InvoiceKind.class),
                MoneyForm.positive(checks, "amount", amount), checks.date("issuedOn", issuedOn),
                checks.date("dueOn", dueOn), checks.date("paidOn", paidOn));
        checks.orThrow();
        return draft;
    }
}
