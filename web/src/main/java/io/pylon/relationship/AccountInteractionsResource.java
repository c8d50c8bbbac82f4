package io.pylon.relationship;

import io.pylon.api.FieldChecks;
import io.pylon.api.PageView;
import io.pylon.shared.PageRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@RequestScoped
@Path("accounts/{accountId}/interactions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Interactions", description = "Visits, meetings, calls, e-mails and events with an agency, and their follow-ups")
public class AccountInteractionsResource {

    @Inject
    Interactions interactions;

    @Inject
    FollowUps followUps;

    @GET
    @Operation(summary = "The account's timeline, newest first, one page at a time, each interaction with its "
            + "participants and follow-ups")
    public PageView<InteractionView> timeline(@PathParam("accountId") long accountId,
                                              @QueryParam("page") @DefaultValue("0") int page,
                                              @QueryParam("size") @DefaultValue("20") int size) {
        PageRequest request = new PageRequest(page, size);
        return PageView.of(interactions.timeline(accountId, request), this::view);
    }

    @POST
    @Operation(summary = "Record an interaction (kind VISIT, MEETING, CALL, EMAIL or EVENT; its date not in the "
            + "future) with the follow-ups it led to; ourParticipants are usernames, theirParticipants ids of the "
            + "account's contacts")
    public Response record(@PathParam("accountId") long accountId, InteractionForm form, @Context UriInfo uriInfo) {
        InteractionForm.Checked checked = FieldChecks.body(form).checked(false);
        InteractionView recorded = view(interactions.record(accountId, checked.draft(), checked.followUps()));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(recorded.id())).build())
                .entity(recorded).build();
    }

    @GET
    @Path("{interactionId}")
    @Operation(summary = "One interaction")
    public InteractionView find(@PathParam("accountId") long accountId, @PathParam("interactionId") long interactionId) {
        return view(interactions.find(accountId, interactionId));
    }

    @PUT
    @Path("{interactionId}")
    @Operation(summary = "Revise an interaction; send the version you read, a stale one answers 409. Its follow-ups "
            + "stay as they are")
    public InteractionView revise(@PathParam("accountId") long accountId, @PathParam("interactionId") long interactionId,
                                  InteractionForm form) {
        InteractionForm.Checked checked = FieldChecks.body(form).checked(true);
        return view(interactions.revise(accountId, interactionId, form.version(), checked.draft()));
    }

    @POST
    @Path("{interactionId}/follow-ups")
    @Operation(summary = "Raise a follow-up on the interaction; its owner must be an enabled user who sees the account")
    public Response followUp(@PathParam("accountId") long accountId, @PathParam("interactionId") long interactionId,
                             FollowUpForm form, @Context UriInfo uriInfo) {
        FollowUpView raised = FollowUpView.of(
                interactions.followUp(accountId, interactionId, FieldChecks.body(form).draft(false)), followUps.today());
        return Response.created(uriInfo.getBaseUriBuilder().path(AccountFollowUpsResource.class)
                        .path(String.valueOf(raised.id())).build(accountId))
                .entity(raised).build();
    }

    private InteractionView view(Interaction interaction) {
        return InteractionView.of(interaction, followUps.today());
    }
}
