package io.pylon.plan;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@RequestScoped
@Path("accounts/{accountId}/plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Account plans", description = "Per year: objectives with owners and measures, strengths, weaknesses, "
        + "competitors, the agency's development plans; as JSON or PDF")
public class AccountPlansResource {

    static final String PDF = "application/pdf";

    @Inject
    AccountPlans plans;

    @GET
    @Operation(summary = "The years the account has a plan for, latest first")
    public List<PlanView.SummaryView> list(@PathParam("accountId") long accountId) {
        return plans.of(accountId).stream().map(PlanView.SummaryView::of).toList();
    }

    @GET
    @Path("{year}")
    @Operation(summary = "The plan of a year (2000 to ten years ahead), with its objectives")
    public PlanView find(@PathParam("accountId") long accountId, @PathParam("year") int year) {
        return PlanView.of(plans.find(accountId, year));
    }

    @PUT
    @Path("{year}")
    @Operation(summary = "Start the year's plan (no version) or change the parts sent; parts left out stay as they "
            + "are. Send the version you read: a stale one answers 409")
    public PlanView revise(@PathParam("accountId") long accountId, @PathParam("year") int year, PlanForm form) {
        PlanSections sections = FieldChecks.body(form).sections();
        return PlanView.of(plans.revise(accountId, year, form.version(), sections));
    }

    @GET
    @Path("{year}/pdf")
    @Produces(PDF)
    @Operation(summary = "The plan as a PDF document")
    public Response pdf(@PathParam("accountId") long accountId, @PathParam("year") int year) {
        return Response.ok(plans.pdf(accountId, year), PDF)
                .header("Content-Disposition", "inline; filename=\"account-plan-" + accountId + "-" + year + ".pdf\"")
                .build();
    }

    @POST
    @Path("{year}/objectives")
    @Operation(summary = "Add an objective; its owner must be a user who sees the account. Starts the year's plan if needed")
    public Response addObjective(@PathParam("accountId") long accountId, @PathParam("year") int year, ObjectiveForm form) {
        PlanView.ObjectiveView added = PlanView.ObjectiveView.of(
                plans.addObjective(accountId, year, FieldChecks.body(form).draft(false)));
        return Response.status(Response.Status.CREATED).entity(added).build();
    }

    @PUT
    @Path("{year}/objectives/{objectiveId}")
    @Operation(summary = "Update an objective; send the version you read, a stale one answers 409")
    public PlanView.ObjectiveView updateObjective(@PathParam("accountId") long accountId, @PathParam("year") int year,
                                                  @PathParam("objectiveId") long objectiveId, ObjectiveForm form) {
        ObjectiveDraft draft = FieldChecks.body(form).draft(true);
        return PlanView.ObjectiveView.of(plans.updateObjective(accountId, year, objectiveId, form.version(), draft));
    }

    @DELETE
    @Path("{year}/objectives/{objectiveId}")
    @Operation(summary = "Remove an objective; send the version you read as ?version=, a stale one answers 409")
    public Response removeObjective(@PathParam("accountId") long accountId, @PathParam("year") int year,
                                    @PathParam("objectiveId") long objectiveId, @QueryParam("version") Long version) {
        new FieldChecks().required("version", version)
                .valid("version", version, v -> v >= 0, Reason.OUT_OF_RANGE, "must not be negative")
                .orThrow();
        plans.removeObjective(accountId, year, objectiveId, version);
        return Response.noContent().build();
    }
}
