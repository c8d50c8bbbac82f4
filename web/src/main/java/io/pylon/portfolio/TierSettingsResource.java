package io.pylon.portfolio;

import io.pylon.api.FieldChecks;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@RequestScoped
@Path("settings/tiers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Tiers")
public class TierSettingsResource {

    @Inject
    PortfolioSettings settings;

    @GET
    @Operation(summary = "The reporting currency and the Pareto cut points (default USD, A = first 80 % of value, "
            + "B = next 15 %, C = the rest)")
    public TierSettingsView current() {
        return TierSettingsView.of(settings.current());
    }

    @PUT
    @Operation(summary = "Change the reporting currency and cut points; send the version you read, a stale one "
            + "answers 409. Rates entered for another reporting currency stop applying; tiers change at the next "
            + "recomputation. Administrators only")
    public TierSettingsView change(TierSettingsForm form) {
        TierSettingsForm.Checked checked = FieldChecks.body(form).checked();
        return TierSettingsView.of(settings.change(form.version(), checked.reportingCurrency(), checked.cutPoints()));
    }
}
