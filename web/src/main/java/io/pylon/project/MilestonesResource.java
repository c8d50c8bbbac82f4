package io.pylon.project;

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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@RequestScoped
@Path("projects/{projectId}/milestones")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Milestones", description = "A project's named milestones: planned and reached days, slippage")
public class MilestonesResource {

    private static final String DAYS = "plannedOn and reachedOn (YYYY-MM-DD) not before the project started, "
            + "reachedOn not in the future and absent while not reached; phase optional. For the gates' reviewers "
            + "(the owner account's team and executives)";

    @Inject
    Milestones milestones;

    @GET
    @Operation(summary = "The project's milestones by planned day, each with its slippage in days")
    public List<MilestoneView> list(@PathParam("projectId") long projectId) {
        return milestones.of(projectId).stream().map(this::view).toList();
    }

    @POST
    @Operation(summary = "Add a milestone: a name, " + DAYS)
    public Response add(@PathParam("projectId") long projectId, MilestoneForm form, @Context UriInfo uriInfo) {
        MilestoneView added = view(milestones.add(projectId, FieldChecks.body(form).draft(false)));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(added.id())).build())
                .entity(added).build();
    }

    @PUT
    @Path("{milestoneId}")
    @Operation(summary = "Change a milestone (rename, replan, mark reached or not): " + DAYS
            + ". Send the version you read (409 when stale)")
    public MilestoneView change(@PathParam("projectId") long projectId, @PathParam("milestoneId") long milestoneId,
                                MilestoneForm form) {
        MilestoneForm changed = FieldChecks.body(form);
        Milestones.Draft draft = changed.draft(true);
        return view(milestones.change(projectId, milestoneId, changed.version(), draft));
    }

    @DELETE
    @Path("{milestoneId}")
    @Operation(summary = "Remove a milestone; send the version you read as ?version=, a stale one answers 409")
    public Response remove(@PathParam("projectId") long projectId, @PathParam("milestoneId") long milestoneId,
                           @QueryParam("version") Long version) {
        new FieldChecks().required("version", version)
                .valid("version", version, v -> v >= 0, Reason.OUT_OF_RANGE, "must not be negative")
                .orThrow();
        milestones.remove(projectId, milestoneId, version);
        return Response.noContent().build();
    }

    private MilestoneView view(Milestone milestone) {
        return MilestoneView.of(milestone, milestones.today());
    }
}
