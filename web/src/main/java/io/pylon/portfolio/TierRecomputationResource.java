package io.pylon.portfolio;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@RequestScoped
@Path("accounts/tiers/recomputation")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tiers")
public class TierRecomputationResource {

    @Inject
    Tiers tiers;

    /** What a recomputation did. */
    public record RecomputationView(int accounts, int changed, Instant at) {
    }

    @POST
    @Operation(summary = "Place every account in the tier today's Pareto analysis gives it; overridden accounts keep "
            + "their tier. Each change is recorded in the account's tier history. Administrators and executives only")
    public RecomputationView recompute() {
        ParetoAnalysis.Outcome outcome = tiers.recompute();
        return new RecomputationView(outcome.accounts(), outcome.changed(), outcome.at());
    }
}
