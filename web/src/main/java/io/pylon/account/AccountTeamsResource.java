package io.pylon.account;

import io.pylon.api.FieldChecks;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@RequestScoped
@Path("accounts/{accountId}/team")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Account teams", description = "Who works on an account; membership decides who sees and changes it")
public class AccountTeamsResource {

    @Inject
    Teams teams;

    @GET
    @Operation(summary = "The account's team, by username")
    public List<TeamMemberView> members(@PathParam("accountId") long accountId) {
        return teams.of(accountId).stream().map(TeamMemberView::of).toList();
    }

    @PUT
    @Path("{username}")
    @Operation(summary = "Put a user on the team in a role, or change a member's role (201 when they join)")
    public Response assign(@PathParam("accountId") long accountId, @PathParam("username") String username,
                           TeamMemberForm form) {
        Teams.Assignment assignment = teams.assign(accountId, username, FieldChecks.body(form).role());
        return Response.status(assignment.joined() ? Response.Status.CREATED : Response.Status.OK)
                .entity(TeamMemberView.of(assignment.member()))
                .build();
    }

    @DELETE
    @Path("{username}")
    @Operation(summary = "Take a member off the team")
    public Response remove(@PathParam("accountId") long accountId, @PathParam("username") String username) {
        teams.remove(accountId, username);
        return Response.noContent().build();
    }
}
