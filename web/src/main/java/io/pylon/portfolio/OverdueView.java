package io.pylon.portfolio;

import io.pylon.api.MoneyView;
import io.pylon.project.Phase;
import io.pylon.shared.Money;
import java.time.LocalDate;
import java.util.List;

/**
 * The longest overdue invoices and gates of the accounts a portfolio view shows, on its day: each invoice's amount
 * as billed and in the report's currency (absent without a rate).
 */
public record OverdueView(LocalDate asOf, String currency, List<Invoice> invoices, List<Gate> gates) {

    public record Invoice(long accountId, String accountName, long projectId, String projectName, String number,
                          MoneyView amount, MoneyView converted, LocalDate dueOn, long daysOverdue) {
    }

    public record Gate(long accountId, String accountName, long projectId, String projectName, String gate, Phase phase,
                       LocalDate plannedOn, long daysOverdue) {
    }

    static OverdueView of(Portfolio.Overdue overdue) {
        var currency = overdue.report().currency();
        return new OverdueView(overdue.report().asOf(), currency.getCurrencyCode(),
                overdue.invoices().stream().map(invoice -> new Invoice(invoice.accountId(), invoice.accountName(),
                        invoice.projectId(), invoice.projectName(), invoice.number(), MoneyView.of(invoice.amount()),
                        invoice.converted().map(amount -> MoneyView.of(Money.of(amount, currency))).orElse(null),
                        invoice.dueOn(), invoice.daysOverdue())).toList(),
                overdue.gates().stream().map(gate -> new Gate(gate.accountId(), gate.accountName(), gate.projectId(),
                        gate.projectName(), gate.gate(), gate.phase(), gate.plannedOn(), gate.daysOverdue())).toList());
    }
}
