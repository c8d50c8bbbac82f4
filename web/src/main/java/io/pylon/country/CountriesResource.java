package io.pylon.country;

import io.pylon.api.FieldChecks;
import io.pylon.shared.CountryCode;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@RequestScoped
@Path("countries")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Countries", description = "Each country's World Bank region and OECD country risk category (0-7)")
public class CountriesResource {

    @Inject
    Countries countries;

    @GET
    @Operation(summary = "Every classified country by its ISO 3166 alpha-3 code")
    public List<CountryProfileView> list() {
        return countries.all().stream().map(CountryProfileView::of).toList();
    }

    @GET
    @Path("{country}")
    @Operation(summary = "One country's region and risk category")
    public CountryProfileView get(@PathParam("country") String country) {
        return CountryProfileView.of(countries.find(checkedCountry(new FieldChecks(), country)));
    }

    @PUT
    @Path("{country}")
    @Operation(summary = "Classify a country: its region and its OECD risk category 0-7 (null: unrated), with the "
            + "version read (any for a country not yet classified). 201 when new, 200 when changed. Administrators only")
    public Response classify(@PathParam("country") String country, CountryProfileForm form) {
        FieldChecks checks = new FieldChecks();
        CountryCode code = checkedCountry(checks, country);
        FieldChecks.body(form);
        checks.required("region", form.region())
                .between("riskCategory", form.riskCategory(), RiskCategory.LOWEST, RiskCategory.HIGHEST);
        Region region = checks.oneOf("region", form.region(), Region.class);
        checks.orThrow();
        RiskCategory category = form.riskCategory() == null ? null : new RiskCategory(form.riskCategory());
        Countries.Classified classified = countries.classify(code, region, category,
                form.version() == null ? 0 : form.version());
        return Response.status(classified.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(CountryProfileView.of(classified.profile())).build();
    }

    private static CountryCode checkedCountry(FieldChecks checks, String country) {
        checks.country("country", country).orThrow();
        return CountryCode.of(country);
    }
}
