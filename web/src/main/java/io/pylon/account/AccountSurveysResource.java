package io.pylon.account;

import io.pylon.api.FieldChecks;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@RequestScoped
@Path("accounts/{accountId}/surveys")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Satisfaction surveys", description = "Scores 1-5 per dimension, likelihood to recommend 0-10, trend")
public class AccountSurveysResource {

    @Inject
    Surveys surveys;

    @GET
    @Operation(summary = "The account's surveys, oldest first, and their trend: latest average, its change "
            + "against the survey before, and the Net Promoter Score of the last twelve months")
    public SurveysView list(@PathParam("accountId") long accountId) {
        List<SatisfactionSurvey> all = surveys.of(accountId);
        return new SurveysView(all.stream().map(SurveysView.SurveyView::of).toList(), surveys.trend(all));
    }

    @POST
    @Operation(summary = "Record a survey; its date must exist and not lie in the future")
    public Response record(@PathParam("accountId") long accountId, SurveyForm form) {
        SurveyForm.Checked checked = FieldChecks.body(form).checked();
        SatisfactionSurvey survey = surveys.record(accountId, checked.surveyedOn(), form.respondent(),
                checked.scores(), form.comment());
        return Response.status(Response.Status.CREATED).entity(SurveysView.SurveyView.of(survey)).build();
    }
}
