package io.pylon.merge;

import io.pylon.api.FieldChecks;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@RequestScoped
@Path("accounts/{accountId}/merge")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Near-duplicate accounts", description = "Agencies entered twice: list, keep apart, merge")
public class AccountMergeResource {

    @Inject
    AccountMerges merges;

    @POST
    @Operation(summary = "Merge account \"from\" into this one: its projects (as owner and borrower), contacts, "
            + "surveys, team, child agencies, plans and all else move here, its name becomes an alias that imports "
            + "match, and it is deleted. Administrators, or account managers on both teams")
    public MergeView merge(@PathParam("accountId") long accountId, MergeForm form) {
        return MergeView.of(merges.merge(accountId, FieldChecks.body(form).mergedId()));
    }
}
