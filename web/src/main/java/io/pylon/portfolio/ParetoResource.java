package io.pylon.portfolio;

import io.pylon.api.FieldChecks;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@RequestScoped
@Path("accounts/pareto")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tiers", description = "Pareto analysis of the portfolio, tiers A/B/C, overrides and their history")
public class ParetoResource {

    @Inject
    Tiers tiers;

    @GET
    @Operation(summary = "Every account by value, highest first (equal values by id): value = contracted (won "
            + "opportunities) + pipeline (open ones x win probability), converted into the reporting currency at the "
            + "newest rate valid on or before the day (`on`, YYYY-MM-DD, today when not given). Share and "
            + "cumulativeShare are fractions of the total. computedTier: an account is A while the cumulative share "
            + "BEFORE it is below the A cut point (so the account crossing it is A), B while below A + B, else C; "
            + "an account without value is C. Amounts in a currency with no rate that day are listed under "
            + "`unconverted` and left out of the values. `top` (1 to " + ParetoView.MAX_TOP + ") lists only the "
            + "first accounts of the ranking; total, accountCount and tiers (accounts and value per computed tier) "
            + "always cover the whole portfolio. Administrators and executives only")
    public ParetoView pareto(@QueryParam("on") String on, @QueryParam("top") Integer top) {
        FieldChecks checks = new FieldChecks();
        LocalDate day = checks.date("on", on);
        checks.between("top", top, 1, ParetoView.MAX_TOP);
        checks.orThrow();
        return ParetoView.of(tiers.pareto(day), top == null ? Integer.MAX_VALUE : top);
    }
}
