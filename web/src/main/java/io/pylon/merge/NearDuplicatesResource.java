package io.pylon.merge;

import io.pylon.api.FieldChecks;
import io.pylon.api.PageView;
import io.pylon.shared.PageRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@RequestScoped
@Path("accounts/near-duplicates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Near-duplicate accounts", description = "Agencies entered twice: list, keep apart, merge")
public class NearDuplicatesResource {

    @Inject
    NearDuplicates nearDuplicates;

    @GET
    @Operation(summary = "Pairs of accounts you can read, in one country, whose names are alike after normalisation "
            + "leaves them different: similarity is the share of the shorter name's significant words (linking words "
            + "left out, spelling variants and abbreviations counted) that the other name has; 0.8 and above are "
            + "listed, most similar first. Pairs kept apart are not listed")
    public PageView<NearDuplicateView> list(@QueryParam("page") @DefaultValue("0") int page,
                                            @QueryParam("size") @DefaultValue("20") int size) {
        return PageView.of(nearDuplicates.find(new PageRequest(page, size)), NearDuplicateView::of);
    }

    @POST
    @Path("kept-apart")
    @Operation(summary = "Record that two accounts are different agencies, so the pair is not listed again. "
            + "Administrators, or account managers on both teams")
    public Response keepApart(KeepApartForm form) {
        FieldChecks.body(form).check();
        nearDuplicates.keepApart(form.first(), form.second());
        return Response.noContent().build();
    }
}
