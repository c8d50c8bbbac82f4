package io.pylon.project;

import io.pylon.api.FieldChecks;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@RequestScoped
@Path("projects/{projectId}/risks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Risks", description = "A project's risk register (cause, event, effect; probability and impact 1-5) "
        + "and its 5x5 heat map")
public class RisksResource {

    @Inject
    Risks risks;

    @GET
    @Operation(summary = "The project's risks, highest score (probability x impact) first; only those in `status` "
            + "(OPEN, OCCURRED, CLOSED) when it is given")
    public List<RiskView> list(@PathParam("projectId") long projectId, @QueryParam("status") String status) {
        FieldChecks checks = new FieldChecks();
        RiskStatus only = checks.oneOf("status", status, RiskStatus.class);
        checks.orThrow();
        return risks.of(projectId, only).stream().map(RiskView::of).toList();
    }

    @GET
    @Path("heat-map")
    @Operation(summary = "The 5x5 heat map of the project's open risks: scores 1-4 LOW, 5-9 MEDIUM, 10-16 HIGH, "
            + "20-25 VERY_HIGH")
    public HeatMapView heatMap(@PathParam("projectId") long projectId) {
        return HeatMapView.of(risks.heatMap(projectId));
    }

    @POST
    @Operation(summary = "Raise a risk: cause, event, effect, probability and impact 1-5, owner, response strategy "
            + "and plan; numbered R-1, R-2 ... within the project. For the owner account's team and executives")
    public Response raise(@PathParam("projectId") long projectId, RiskForm form, @Context UriInfo uriInfo) {
        RiskView raised = RiskView.of(risks.raise(projectId, FieldChecks.body(form).details(RiskStatus.OPEN)));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(raised.id())).build())
                .entity(raised).build();
    }

    @GET
    @Path("{riskId}")
    public RiskView find(@PathParam("projectId") long projectId, @PathParam("riskId") long riskId) {
        return RiskView.of(risks.find(projectId, riskId));
    }

    @PUT
    @Path("{riskId}")
    @Operation(summary = "Revise a risk as a whole (a risk is closed, never deleted); send the version you read "
            + "(409 when stale)")
    public RiskView revise(@PathParam("projectId") long projectId, @PathParam("riskId") long riskId, RiskForm form) {
        RiskForm revision = FieldChecks.body(form);
        new FieldChecks().required("version", revision.version()).orThrow();
        return RiskView.of(risks.revise(projectId, riskId, revision.version(), revision.details(null)));
    }

    @GET
    @Path("{riskId}/history")
    @Operation(summary = "Every revision of the risk, oldest first: who raised or changed it, when, and what it said")
    public List<RiskView.ChangeView> history(@PathParam("projectId") long projectId, @PathParam("riskId") long riskId) {
        return risks.history(projectId, riskId).stream().map(RiskView.ChangeView::of).toList();
    }
}
