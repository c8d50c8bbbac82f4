package io.pylon.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pylon.account.Account;
import io.pylon.account.AccountProfile;
import io.pylon.account.AgencyType;
import io.pylon.account.Classification;
import io.pylon.account.Sector;
import io.pylon.project.ContractType;
import io.pylon.project.GateTemplates;
import io.pylon.project.PlannedProject;
import io.pylon.project.Project;
import io.pylon.shared.CountryCode;
import io.pylon.shared.DomainRuleViolation;
import io.pylon.shared.Money;
import io.pylon.shared.Reason;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** When an invoice is receivable and overdue, and the days it refuses. */
class InvoiceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);
    private static final LocalDate ISSUED = LocalDate.of(2026, 3, 1);
    private static final LocalDate DUE = LocalDate.of(2026, 3, 31);
    private static final Instant NOW = Instant.parse("2026-06-30T10:00:00Z");

    private final Account agency = new Account(new AccountProfile("Kenya Railways Corporation", null,
            CountryCode.of("KEN"), AgencyType.STATE_OWNED_ENTERPRISE, Set.of(Sector.RAIL), null,
            Classification.INDUSTRY));
    private final Project project = new Project(new PlannedProject("Nairobi commuter rail", agency, null,
            CountryCode.of("KEN"), Sector.RAIL, ContractType.EPC_F), GateTemplates.defaults(Sector.RAIL, ContractType.EPC_F));

    private Invoice invoice(LocalDate issuedOn, LocalDate dueOn) {
        return new Invoice(project, "IPC-07", InvoiceKind.PAYMENT_CERTIFICATE,
                Money.of(new BigDecimal("1250000.00"), Currency.getInstance("USD")), issuedOn, dueOn, TODAY, "am", NOW);
    }

    @Test
    void anInvoiceIsReceivableFromItsIssueUntilItIsPaidAndOverdueAfterItsDueDay() {
        Invoice invoice = invoice(ISSUED, DUE);
        assertThat(invoice.isReceivableOn(ISSUED.minusDays(1))).as("not yet issued").isFalse();
        assertThat(invoice.isReceivableOn(ISSUED)).isTrue();
        assertThat(invoice.daysOverdueOn(DUE)).as("due that day, not overdue").isZero();
        assertThat(invoice.daysOverdueOn(DUE.plusDays(1))).isEqualTo(1);
        assertThat(invoice.daysOverdueOn(TODAY)).isEqualTo(91);

        invoice.pay(LocalDate.of(2026, 5, 15), TODAY, "am", NOW);
        assertThat(invoice.isReceivableOn(LocalDate.of(2026, 5, 14))).as("as it stood before the payment").isTrue();
        assertThat(invoice.daysOverdueOn(LocalDate.of(2026, 5, 14))).isEqualTo(44);
        assertThat(invoice.isReceivableOn(LocalDate.of(2026, 5, 15))).as("paid that day").isFalse();
        assertThat(invoice.daysOverdueOn(TODAY)).isZero();

        invoice.reopen("am", NOW);
        assertThat(invoice.paidOn()).isEmpty();
        assertThat(invoice.isReceivableOn(TODAY)).isTrue();
    }

    @Test
    void daysOutOfOrderAreRefusedNamingTheirField() {
        assertRefused(() -> invoice(TODAY.plusDays(1), TODAY.plusDays(30)), "issuedOn", Reason.IN_THE_FUTURE);
        assertRefused(() -> invoice(ISSUED, ISSUED.minusDays(1)), "dueOn", Reason.OUT_OF_RANGE);
        Invoice invoice = invoice(ISSUED, DUE);
        assertRefused(() -> invoice.pay(ISSUED.minusDays(1), TODAY, "am", NOW), "paidOn", Reason.OUT_OF_RANGE);
        assertRefused(() -> invoice.pay(TODAY.plusDays(1), TODAY, "am", NOW), "paidOn", Reason.IN_THE_FUTURE);
        assertThat(invoice.paidOn()).as("nothing recorded by a refused payment").isEmpty();
    }

    private static void assertRefused(Runnable change, String field, Reason reason) {
        assertThatThrownBy(change::run).isInstanceOfSatisfying(DomainRuleViolation.class, refused -> {
            assertThat(refused.field()).isEqualTo(field);
            assertThat(refused.reason()).isEqualTo(reason);
        });
    }
}
