package io.pylon.project;

import io.pylon.api.FieldChecks;
import io.pylon.api.PageView;
import io.pylon.shared.PageRequest;
import io.pylon.shared.Reason;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@RequestScoped
@Path("projects")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Projects", description = "Infrastructure projects, each owned by an agency account and visible as it is")
public class ProjectsResource {

    @Inject
    Projects projects;

    @GET
    @Operation(summary = "The projects you may see, by name, one page at a time; only one account's with account={id}")
    public PageView<ProjectView> search(@QueryParam("account") Long accountId,
                                        @QueryParam("page") @DefaultValue("0") int page,
                                        @QueryParam("size") @DefaultValue("20") int size) {
        new FieldChecks()
                .valid("account", accountId, id -> id > 0, Reason.OUT_OF_RANGE, "must be a positive id")
                .paging(page, size)
                .orThrow();
        return PageView.of(projects.search(accountId, new PageRequest(page, size)), ProjectView::of);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One project, with its owner and borrower accounts, sector shares and commitment")
    public ProjectView find(@PathParam("id") long id) {
        return ProjectView.of(projects.find(id));
    }
}
