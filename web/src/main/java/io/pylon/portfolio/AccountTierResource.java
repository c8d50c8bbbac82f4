package io.pylon.portfolio;

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
@Path("accounts/{accountId}/tier")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Tiers")
public class AccountTierResource {

    @Inject
    Tiers tiers;

    @GET
    @Operation(summary = "The account's tier in force, its computed tier, and the override, if any")
    public TierView tier(@PathParam("accountId") long accountId) {
        return TierView.of(tiers.tierOf(accountId));
    }

    @PUT
    @Operation(summary = "Override the account's tier, with a reason (both required); it keeps this tier through "
            + "recomputations. Administrators, executives and the account managers on the account's team")
    public TierView override(@PathParam("accountId") long accountId, TierForm form) {
        return TierView.of(tiers.override(accountId, FieldChecks.body(form).checkedTier(), form.reason()));
    }

    @DELETE
    @Operation(summary = "Remove the override: the account returns to its computed tier. Whoever may override")
    public TierView removeOverride(@PathParam("accountId") long accountId) {
        return TierView.of(tiers.removeOverride(accountId));
    }
}
