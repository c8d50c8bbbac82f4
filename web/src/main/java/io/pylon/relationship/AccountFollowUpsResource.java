package io.pylon.relationship;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@RequestScoped
@Path("accounts/{accountId}/follow-ups")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Follow-ups", description = "What interactions with an agency ask of us, by whom and by when")
public class AccountFollowUpsResource {

    @Inject
    FollowUps followUps;

    @GET
    @Operation(summary = "The account's open follow-ups, the earliest due first (overdue when due before today), "
            + "and its visit schedule: last visit, next visit due (last visit plus the cadence of its tier, today "
            + "if never visited) and status (OK, DUE within 14 days, OVERDUE)")
    public AccountFollowUpsView open(@PathParam("accountId") long accountId) {
        FollowUps.OfAccount open = followUps.openOf(accountId);
        return new AccountFollowUpsView(open.open().stream().map(this::view).toList(), open.visit());
    }

    @GET
    @Path("{followUpId}")
    @Operation(summary = "One follow-up, open or completed")
    public FollowUpView find(@PathParam("accountId") long accountId, @PathParam("followUpId") long followUpId) {
        return view(followUps.find(accountId, followUpId));
    }

    @PUT
    @Path("{followUpId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Revise the follow-up's description, owner (an enabled user who sees the account) and due "
            + "date; send the version you read, a stale one answers 409. Completed or open, it stays so")
    public FollowUpView revise(@PathParam("accountId") long accountId, @PathParam("followUpId") long followUpId,
                               FollowUpForm form) {
        FollowUpDraft draft = FieldChecks.body(form).draft(true);
        return view(followUps.revise(accountId, followUpId, form.version(), draft));
    }

    @PUT
    @Path("{followUpId}/completion")
    @Operation(summary = "Complete the follow-up: records who and when; completing it again changes nothing")
    public FollowUpView complete(@PathParam("accountId") long accountId, @PathParam("followUpId") long followUpId) {
        return view(followUps.complete(accountId, followUpId));
    }

    @DELETE
    @Path("{followUpId}/completion")
    @Operation(summary = "Reopen the follow-up")
    public FollowUpView reopen(@PathParam("accountId") long accountId, @PathParam("followUpId") long followUpId) {
        return view(followUps.reopen(accountId, followUpId));
    }

    private FollowUpView view(FollowUp followUp) {
        return FollowUpView.of(followUp, followUps.today());
    }
}
