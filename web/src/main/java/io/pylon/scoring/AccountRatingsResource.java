package io.pylon.scoring;

import io.pylon.api.FieldChecks;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@RequestScoped
@Path("accounts/{accountId}/ratings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Scoring")
public class AccountRatingsResource {

    @Inject
    Scoring scoring;

    @GET
    @Operation(summary = "The account team's ratings of strategic significance and payment behaviour (1-5)")
    public RatingsView ratings(@PathParam("accountId") long accountId) {
        return RatingsView.of(scoring.ratingOf(accountId).orElse(null));
    }

    @PUT
    @Operation(summary = "Rate the account (its team's writers): strategic significance and payment behaviour 1-5 "
            + "or null for not rated, with a comment; the account is rescored at once")
    public RatingsView rate(@PathParam("accountId") long accountId, RatingsForm form) {
        return RatingsView.of(scoring.rate(accountId, FieldChecks.body(form).ratings()));
    }
}
