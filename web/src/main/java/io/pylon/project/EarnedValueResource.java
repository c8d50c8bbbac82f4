package io.pylon.project;

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
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@RequestScoped
@Path("projects/{projectId}/earned-value")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Earned value", description = "PV, EV and AC per reporting period, with CPI, SPI, EAC, ETC, VAC and TCPI")
public class EarnedValueResource {

    @Inject
    EarnedValues earnedValues;

    @GET
    @Operation(summary = "The project's reporting periods, oldest first, each with its figures to the period's end and "
            + "CV, SV, CPI, SPI, EAC by CPI (AC + (BAC - EV) / CPI) and by CPI x SPI (AC + (BAC - EV) / (CPI x SPI)), "
            + "ETC, VAC and TCPI; an index whose denominator is zero is absent")
    public List<EarnedValueView> periods(@PathParam("projectId") long projectId) {
        return earnedValues.of(projectId).stream().map(EarnedValueView::of).toList();
    }

    @PUT
    @Path("{periodEnd}")
    @Operation(summary = "Record the period ending on periodEnd (YYYY-MM-DD, not before the project started), or "
            + "correct it: budget at completion and, to that day, planned value, earned value (not above the budget) "
            + "and actual cost, in one currency. 201 when new, 200 when corrected")
    public Response record(@PathParam("projectId") long projectId, @PathParam("periodEnd") String periodEnd,
                           EarnedValueForm form) {
        FieldChecks checks = new FieldChecks();
        LocalDate end = checks.date("periodEnd", periodEnd);
        checks.orThrow();
        EarnedValues.Recorded recorded = earnedValues.record(projectId, end, FieldChecks.body(form).values());
        return Response.status(recorded.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(EarnedValueView.of(recorded.period())).build();
    }
}
