package io.pylon.invoice;

import io.pylon.project.Gates;
import io.pylon.project.Project;
import io.pylon.project.Projects;
import io.pylon.security.CurrentUser;
import io.pylon.shared.Conflict;
import io.pylon.shared.Money;
import io.pylon.shared.NotFound;
import io.pylon.shared.Reason;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A project's invoices and payment certificates. Whoever sees the project reads them; the owner account's writers
 * and the executives (who review its gates) issue them, record their payment and remove one entered by mistake.
 */
@Stateless
public class Invoices {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Projects projects;

    @Inject
    Gates gates;

    private final Clock clock = Clock.systemUTC();

    /** An invoice as a client describes it; {@code paidOn} null while unpaid. */
    public record Draft(String number, InvoiceKind kind, Money amount, LocalDate issuedOn, LocalDate dueOn,
                        LocalDate paidOn) {
    }

    /** The project's invoices, the oldest first, in one statement. */
    public List<Invoice> of(long projectId) {
        projects.find(projectId);
        return em.createQuery("select i from Invoice i where i.project.id = :project order by i.issuedOn, i.number",
                        Invoice.class)
                .setParameter("project", projectId)
                .getResultList();
    }

    public Invoice add(long projectId, Draft draft) {
        Project project = writable(projectId);
        Instant now = clock.instant();
        LocalDate today = today();
        Invoice invoice = new Invoice(project, draft.number(), draft.kind(), draft.amount(), draft.issuedOn(),
                draft.dueOn(), today, currentUser.username(), now);
        if (draft.paidOn() != null) {
            invoice.pay(draft.paidOn(), today, currentUser.username(), now);
        }
        requireNewNumber(project, invoice.number());
        em.persist(invoice);
        return invoice;
    }

    /** Records the day the invoice was paid, or with {@code null} takes a payment back, from the version read. */
    public Invoice settle(long projectId, long invoiceId, long expectedVersion, LocalDate paidOn) {
        Invoice invoice = find(writable(projectId), invoiceId, expectedVersion);
        if (paidOn == null) {
            invoice.reopen(currentUser.username(), clock.instant());
        } else {
            invoice.pay(paidOn, today(), currentUser.username(), clock.instant());
        }
        return invoice;
    }

    public void remove(long projectId, long invoiceId, long expectedVersion) {
        em.remove(find(writable(projectId), invoiceId, expectedVersion));
    }

    public LocalDate today() {
        return gates.today();
    }

    private Project writable(long projectId) {
        return gates.reviewable(projectId, "bill a project");
    }

    /** Checked before the insert so that a repeated number is named, not left to the unique key's error. */
    private void requireNewNumber(Project project, String number) {
        boolean taken = !em.createQuery("select i.id from Invoice i where i.project.id = :project and i.number = :number",
                        Long.class)
                .setParameter("project", project.id())
                .setParameter("number", number)
                .setMaxResults(1)
                .getResultList().isEmpty();
        if (taken) {
            throw new Conflict("number", Reason.DUPLICATE, "is already the number of another invoice of the project");
        }
    }

    /** An invoice of the project; one of another project is missing. */
    private Invoice find(Project project, long invoiceId, long expectedVersion) {
        Invoice invoice = em.find(Invoice.class, invoiceId);
        if (invoice == null || !invoice.project().id().equals(project.id())) {
            throw new NotFound("invoice", invoiceId);
        }
        if (invoice.version() != expectedVersion) {
            throw Conflict.staleVersion("invoice " + invoiceId, expectedVersion, invoice.version());
        }
        return invoice;
    }
}
