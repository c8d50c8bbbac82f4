package io.pylon.relationship;

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
@Path("settings/visit-cadence")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Settings")
public class VisitCadenceResource {

    @Inject
    VisitCadences cadences;

    @GET
    @Operation(summary = "The months between visits per tier in force (defaults: A 1, B 3, C 6)")
    public VisitCadence inForce() {
        return cadences.inForce();
    }

    @PUT
    @Operation(summary = "Set the months between visits of every tier, 1 to 24; administrators only")
    public VisitCadence change(VisitCadenceForm form) {
        return cadences.change(FieldChecks.body(form).cadence());
    }
}
