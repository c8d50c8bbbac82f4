package io.pylon.invoice;

import io.pylon.api.FieldChecks;
import io.pylon.shared.Reason;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@RequestScoped
@Path("projects/{projectId}/invoices")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Invoices", description = "A project's invoices and payment certificates: due and paid days, receivables")
public class InvoicesResource {

    private static final String WHO = "For the owner account's team (not viewers) and executives";

    @Inject
    Invoices invoices;

    @GET
    @Operation(summary = "The project's invoices, the oldest first, each receivable or not and days overdue today")
    public List<InvoiceView> list(@PathParam("projectId") long projectId) {
        LocalDate today = invoices.today();
        return invoices.of(projectId).stream().map(invoice -> InvoiceView.of(invoice, today)).toList();
    }

    @POST
    @Operation(summary = "Issue an invoice or payment certificate: a number unique in the project (409 when taken), "
            + "a positive amount, issuedOn not in the future, dueOn not before it, paidOn if already paid. " + WHO)
    public Response add(@PathParam("projectId") long projectId, InvoiceForm form, @Context UriInfo uriInfo) {
        InvoiceView added = InvoiceView.of(invoices.add(projectId, FieldChecks.body(form).draft()), invoices.today());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(added.id())).build())
                .entity(added).build();
    }

    @PUT
    @Path("{invoiceId}/payment")
    @Operation(summary = "Record the day the invoice was paid (not before its issue, not in the future), or with "
            + "paidOn null take a payment back; send the version you read (409 when stale). " + WHO)
    public InvoiceView settle(@PathParam("projectId") long projectId, @PathParam("invoiceId") long invoiceId,
                              PaymentForm form) {
        FieldChecks checks = new FieldChecks();
        FieldChecks.body(form);
        checks.required("version", form.version());
        LocalDate paidOn = checks.date("paidOn", form.paidOn());
        checks.orThrow();
        return InvoiceView.of(invoices.settle(projectId, invoiceId, form.version(), paidOn), invoices.today());
    }

    @DELETE
    @Path("{invoiceId}")
    @Operation(summary = "Remove an invoice entered by mistake; send the version you read as ?version=. " + WHO)
    public Response remove(@PathParam("projectId") long projectId, @PathParam("invoiceId") long invoiceId,
                           @QueryParam("version") Long version) {
        new FieldChecks().required("version", version)
                .valid("version", version, v -> v >= 0, Reason.OUT_OF_RANGE, "must not be negative")
                .orThrow();
        invoices.remove(projectId, invoiceId, version);
        return Response.noContent().build();
    }
}
