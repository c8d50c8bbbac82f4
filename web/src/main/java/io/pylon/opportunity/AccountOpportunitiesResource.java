package io.pylon.opportunity;

import io.pylon.api.FieldChecks;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@RequestScoped
@Path("accounts/{accountId}/opportunities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Opportunities", description = "Contracts an agency may award: value, stage, win probability in percent")
public class AccountOpportunitiesResource {

    @Inject
    Opportunities opportunities;

    @GET
    @Operation(summary = "The account's opportunities, by expected award date (undated last), then title")
    public List<OpportunityView> list(@PathParam("accountId") long accountId) {
        return opportunities.of(accountId).stream().map(OpportunityView::of).toList();
    }

    @POST
    @Operation(summary = "Add an opportunity. winProbabilityPercent is a whole percentage 0-100; a WON one counts "
            + "in full as contracted value, a LOST one not at all, the others as value x probability")
    public Response add(@PathParam("accountId") long accountId, OpportunityForm form, @Context UriInfo uriInfo) {
        OpportunityView added = OpportunityView.of(opportunities.add(accountId, FieldChecks.body(form).details(false)));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(added.id())).build())
                .entity(added).build();
    }

    @GET
    @Path("{opportunityId}")
    @Operation(summary = "One opportunity")
    public OpportunityView find(@PathParam("accountId") long accountId,
                                @PathParam("opportunityId") long opportunityId) {
        return OpportunityView.of(opportunities.find(accountId, opportunityId));
    }

    @PUT
    @Path("{opportunityId}")
    @Operation(summary = "Update an opportunity, its stage included; send the version you read, a stale one answers 409")
    public OpportunityView update(@PathParam("accountId") long accountId,
                                  @PathParam("opportunityId") long opportunityId, OpportunityForm form) {
        OpportunityDetails details = FieldChecks.body(form).details(true);
        return OpportunityView.of(opportunities.update(accountId, opportunityId, form.version(), details));
    }
}
