package io.pylon.scoring;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@RequestScoped
@Path("accounts/{accountId}/score")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Scoring")
public class AccountScoreResource {

    @Inject
    Scoring scoring;

    @GET
    @Operation(summary = "The account's score as last computed, with each criterion's weight, figure, score, "
            + "contribution and explanation")
    public ScoreView score(@PathParam("accountId") long accountId) {
        return ScoreView.of(accountId, scoring.scoreOf(accountId).orElse(null));
    }
}
