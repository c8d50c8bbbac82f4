package io.pylon.generator;

import io.pylon.invoice.InvoiceKind;
import io.pylon.project.ContractType;
import io.pylon.project.GateCode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the contractor billed the agencies for the projects whose construction has begun: the advance payment (10 % of
 * the contract price) at financial close; a payment certificate a week or two after every monthly report, for the
 * works done that month less 10 % retention; a quarterly invoice for operation and maintenance once taken over; and
 * the retention released at close-out. Nothing dated after today is issued; each bill is due 30 to 60 days after its
 * issue and paid as its agency's {@link PaymentHabit} says, so that most are paid, some late, some overdue and unpaid.
 */
final class Invoices {

    private static final BigDecimal ADVANCE = new BigDecimal("0.10");
    private static final BigDecimal PAID_AFTER_RETENTION = new BigDecimal("0.90");
    private static final BigDecimal RETENTION = new BigDecimal("0.10");
    private static final BigDecimal QUARTERLY_OPERATION = new BigDecimal("0.005");
    private static final BigDecimal QUARTERLY_OPERATION_CONTRACT = new BigDecimal("0.015");

    /** One bill as planned; {@code paid} is none while unpaid. */
    record InvoicePlan(String number, InvoiceKind kind, BigDecimal amount, LocalDate issued, LocalDate due,
                       LocalDate paid) {
    }

    private final Today today;
    private final Dice.Roll issue;
    private final Dice.Roll due;
    private final Dice.Roll payment;
    private final Dice.Roll never;

    Invoices(Dice dice, Today today) {
        this.today = today;
        this.issue = dice.roll("invoice.issue");
        this.due = dice.roll("invoice.due");
        this.payment = dice.roll("invoice.payment");
        this.never = dice.roll("invoice.never");
    }

    List<InvoicePlan> invoicesOf(ProjectPlan project) {
        List<InvoicePlan> invoices = new ArrayList<>();
        if (!project.isBuilding()) {
            return invoices;
        }
        BigDecimal price = project.contractPrice();
        Construction construction = new Construction(project, today);
        bill(invoices, project, "INV-0001", InvoiceKind.INVOICE, price.multiply(ADVANCE),
                construction.start().plusDays(issue.between(3, 20, project.index(), 0)));
        LocalDate previous = construction.start();
        int certificate = 0;
        for (LocalDate reported : construction.reportingDays()) {
            BigDecimal done = BigDecimal.valueOf(construction.earned(reported) - construction.earned(previous));
            certificate++;
            bill(invoices, project, String.format("IPC-%03d", certificate), InvoiceKind.PAYMENT_CERTIFICATE,
                    price.multiply(done).multiply(PAID_AFTER_RETENTION),
                    reported.plusDays(issue.between(5, 20, project.index(), 1, certificate)));
            previous = reported;
        }
        if (project.hasBeenTakenOver()) {
            LocalDate takenOver = project.timeline().passed(GateCode.G4);
            LocalDate until = project.isClosed() ? project.timeline().passed(GateCode.G5) : today.date();
            BigDecimal quarterly = project.contractType() == ContractType.O_AND_M ? QUARTERLY_OPERATION_CONTRACT
                    : QUARTERLY_OPERATION;
            for (int quarter = 1; !takenOver.plusMonths(3L * quarter).isAfter(until); quarter++) {
                bill(invoices, project, String.format("OM-%03d", quarter), InvoiceKind.INVOICE,
                        price.multiply(quarterly), takenOver.plusMonths(3L * quarter));
            }
        }
        if (project.isClosed()) {
            bill(invoices, project, "INV-0002", InvoiceKind.INVOICE, price.multiply(RETENTION),
                    project.timeline().passed(GateCode.G5).plusDays(issue.between(10, 40, project.index(), 2)));
        }
        return invoices;
    }

    /** Adds the bill if it is issued by today and comes to at least a cent. */
    private void bill(List<InvoicePlan> invoices, ProjectPlan project, String number, InvoiceKind kind,
                      BigDecimal amount, LocalDate issued) {
        BigDecimal cents = amount.setScale(2, RoundingMode.HALF_EVEN);
        if (issued.isAfter(today.date()) || cents.signum() <= 0) {
            return;
        }
        int position = invoices.size();
        PaymentHabit habit = project.owner().paymentHabit();
        LocalDate dueOn = habit.dueDay(issued, due.unit(project.index(), position));
        Optional<LocalDate> paid = habit.paidOn(issued, dueOn, today, payment.unit(project.index(), position),
                never.unit(project.index(), position));
        invoices.add(new InvoicePlan(number, kind, cents, issued, dueOn, paid.orElse(null)));
    }

    void write(Database database, List<ProjectPlan> projects) throws SQLException {
        long planned = projects.stream().mapToLong(project -> invoicesOf(project).size()).sum();
        IdBlocks ids = database.ids("invoice");
        try (Inserts inserts = database.inserts()) {
            Inserts.Table rows = inserts.into("invoice", planned, "id", "version", "project_id", "number", "kind",
                    "amount", "currency", "issued_on", "due_on", "paid_on", "recorded_by", "recorded_at");
            for (ProjectPlan project : projects) {
                for (InvoicePlan invoice : invoicesOf(project)) {
                    LocalDate recorded = invoice.paid() == null ? invoice.issued() : invoice.paid();
                    rows.row(ids.next(), 0L, project.id(), invoice.number(), invoice.kind().name(), invoice.amount(),
                            project.currency().getCurrencyCode(), invoice.issued(), invoice.due(), invoice.paid(),
                            project.owner().team().projectLead().username(), today.moment(recorded, 17, 0));
                }
            }
        }
    }
}
