package io.pylon.portfolio;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@RequestScoped
@Path("accounts/{accountId}/tier-history")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tiers")
public class TierHistoryResource {

    @Inject
    Tiers tiers;

    @GET
    @Operation(summary = "Every change of the account's tier, oldest first: computed (by a user's recomputation or "
            + "by \"system\" at night), overridden or override removed")
    public List<TierChangeView> history(@PathParam("accountId") long accountId) {
        return tiers.history(accountId).stream().map(TierChangeView::of).toList();
    }
}
