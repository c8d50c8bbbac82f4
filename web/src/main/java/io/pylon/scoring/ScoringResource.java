package io.pylon.scoring;

import io.pylon.api.FieldChecks;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@RequestScoped
@Path("scoring")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Scoring", description = "Weighted criteria of the account score, and runs that rescore every account")
public class ScoringResource {

    @Inject
    Scoring scoring;

    @GET
    @Path("criteria")
    @Operation(summary = "The scoring criteria, each with its weight (0-100, relative to the others) and whether it counts")
    public CriteriaView criteria() {
        return CriteriaView.of(scoring.weightings());
    }

    @PUT
    @Path("criteria")
    @Operation(summary = "Set the weight and on/off of the criteria given (administrators only); at least one must stay "
            + "enabled with a weight above 0. Scores follow at the next run")
    public CriteriaView reweigh(CriteriaForm form) {
        return CriteriaView.of(scoring.reweigh(FieldChecks.body(form).changes()));
    }

    @POST
    @Path("runs")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Rescore every account now (administrators and executives); answers when done, with how many "
            + "accounts were scored. A timer does the same each night")
    public ScoringRuns.Report run() {
        return scoring.scoreAll();
    }
}
