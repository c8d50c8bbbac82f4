package io.pylon.project;

import io.pylon.api.FieldChecks;
import io.pylon.api.PageView;
import io.pylon.shared.PageRequest;
import io.pylon.shared.Reason;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@RequestScoped
@Path("projects")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Projects", description = "Infrastructure projects, each owned by an agency account and visible as it is")
public class ProjectsResource {

    @Inject
    Projects projects;

    @Inject
    Milestones milestones;

    @GET
    @Operation(summary = "The projects you may see, by name, one page at a time; only one account's with account={id}, "
            + "only those in one phase with phase=PLANNING|DESIGN|FINANCING|CONSTRUCTION|OPERATION_AND_MAINTENANCE|CLOSED")
    public PageView<ProjectView> search(@QueryParam("account") Long accountId, @QueryParam("phase") String phase,
                                        @QueryParam("page") @DefaultValue("0") int page,
                                        @QueryParam("size") @DefaultValue("20") int size) {
        FieldChecks checks = new FieldChecks()
                .valid("account", accountId, id -> id > 0, Reason.OUT_OF_RANGE, "must be a positive id")
                .paging(page, size);
        Phase inPhase = checks.oneOf("phase", phase, Phase.class);
        checks.orThrow();
        return PageView.of(projects.search(accountId, inPhase, new PageRequest(page, size)), ProjectView::of);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start pursuing a project for an agency: its gates G1-G5 come from the default template of its "
            + "sector and contract type, and its G0 (pursue) is decided GO by you, so it starts in PLANNING with G1 "
            + "next. For the roles that decide G0 (executives, account and bid managers) on the owner account's team")
    public Response start(ProjectForm form, @Context UriInfo uriInfo) {
        ProjectForm.Checked checked = FieldChecks.body(form).checked();
        ProjectView started = ProjectView.of(projects.start(form.name(), form.ownerAccountId(),
                form.borrowerAccountId(), checked.country(), checked.sector(), checked.contractType()));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(started.id())).build())
                .entity(started).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One project, with its owner and borrower accounts, sector shares and commitment, and "
            + "slippageDays: how late the project is, the largest slippage of its gates and milestones in days (each: "
            + "the actual day against the planned one once reached, negative when early; today against it while not "
            + "reached, 0 while not yet due; a killed project counts only what it reached); absent when nothing is "
            + "planned")
    public ProjectView find(@PathParam("id") long id) {
        Milestones.Slipped found = milestones.slippageOf(id);
        return ProjectView.of(found.project(), found.slippageDays());
    }
}
