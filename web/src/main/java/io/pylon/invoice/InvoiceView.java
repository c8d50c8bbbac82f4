package io.pylon.invoice;

import io.pylon.api.MoneyView;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An invoice as the API shows it, with where it stands today: {@code receivable} while issued and unpaid, and
 * {@code daysOverdue} past its due day while unpaid (0 otherwise).
 */
public record InvoiceView(long id, long version, String number, InvoiceKind kind, MoneyView amount, LocalDate issuedOn,
                          LocalDate dueOn, LocalDate paidOn, boolean receivable, long daysOverdue, String recordedBy,
                          Instant recordedAt) {

    static InvoiceView of(Invoice invoice, LocalDate today) {
        return new InvoiceView(invoice.id(), invoice.version(), invoice.number(), invoice.kind(),
                MoneyView.of(invoice.amount()), invoice.issuedOn(), invoice.dueOn(), invoice.paidOn().orElse(null),
                invoice.isReceivableOn(today), invoice.daysOverdueOn(today), invoice.recordedBy(), invoice.recordedAt());
    }
}
