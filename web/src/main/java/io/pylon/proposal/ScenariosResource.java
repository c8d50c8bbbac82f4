package io.pylon.proposal;

import io.pylon.api.FieldChecks;
import io.pylon.financing.ComparisonColumnView;
import io.pylon.financing.ContractEvaluation;
import io.pylon.financing.FinancingPlans;
import io.pylon.shared.Reason;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@RequestScoped
@Path("accounts/{accountId}/proposals/{proposalId}/versions/{number}/scenarios")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Proposals")
public class ScenariosResource {

    @Inject
    Scenarios scenarios;

    @Inject
    Proposals proposals;

    @Inject
    FinancingPlans plans;

    @PathParam("accountId")
    long accountId;

    @PathParam("proposalId")
    long proposalId;

    @PathParam("number")
    int number;

    @GET
    @Operation(summary = "The version's scenarios, oldest first")
    public List<ScenarioView> list() {
        return scenarios.of(accountId, proposalId, number).stream().map(ScenarioView::of).toList();
    }

    @POST
    @Operation(summary = "Add a scenario to a draft version: a copy of its terms when none are sent")
    public Response add(ScenarioForm form, @Context UriInfo uriInfo) {
        FieldChecks.body(form);
        FieldChecks checks = new FieldChecks().text("name", form.name(), true,
                ProposalScenario.MAX_NAME);
        ProposalTerms terms = form.terms() == null ? null : checks.built("terms", form.terms()::terms);
        checks.orThrow();
        ScenarioView added = ScenarioView.of(scenarios.add(accountId, proposalId, number, form.name(), terms));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(added.id())).build())
                .entity(added).build();
    }

    @PUT
    @Path("{scenarioId}")
    @Operation(summary = "Rename and revise a scenario of a draft version, from the version read")
    public ScenarioView revise(@PathParam("scenarioId") long scenarioId, ScenarioForm form) {
        FieldChecks.body(form);
        FieldChecks checks = new FieldChecks().required("version", form.version())
                .text("name", form.name(), true, ProposalScenario.MAX_NAME).required("terms", form.terms());
        ProposalTerms terms = form.terms() == null ? null : checks.built("terms", form.terms()::terms);
        checks.orThrow();
        return ScenarioView.of(scenarios.revise(accountId, proposalId, number, scenarioId, form.version(), form.name(),
                terms));
    }

    @DELETE
    @Path("{scenarioId}")
    @Operation(summary = "Remove a scenario of a draft version")
    public Response remove(@PathParam("scenarioId") long scenarioId) {
        scenarios.remove(accountId, proposalId, number, scenarioId);
        return Response.noContent().build();
    }

    @GET
    @Path("comparison")
    @Operation(summary = "The version and up to three of its scenarios (scenario=<id>, repeated) side by side: "
            + "metrics, the contractor's NPV, IRR and peak funding need, the minimum DSCR and the OECD checks")
    public List<ComparisonColumnView> compare(@QueryParam("scenario") List<Long> scenarioIds) {
        List<Long> chosen = compared(scenarioIds);
        ProposalVersion version = proposals.version(accountId, proposalId, number);
        List<ProposalScenario> compared = scenarios.chosen(version, chosen);
        List<ContractEvaluation> evaluations = plans.evaluate(Stream.concat(Stream.of(version.terms()),
                compared.stream().map(ProposalScenario::terms)).map(ProposalTermsForm::contractOf).toList());
        List<ComparisonColumnView> columns = new ArrayList<>();
        columns.add(ComparisonColumnView.of("Version " + number, null, evaluations.get(0)));
        for (int i = 0; i < compared.size(); i++) {
            columns.add(ComparisonColumnView.of(compared.get(i).name(), compared.get(i).id(), evaluations.get(i + 1)));
        }
        return columns;
    }

    /**
     * The scenarios a client asks to compare with the version ({@code scenario=<id>}, repeated), each once in the
     * order asked; more than {@link Scenarios#MAX_COMPARED} is refused naming {@code scenario}.
     */
    static List<Long> compared(List<Long> scenarioIds) {
        List<Long> chosen = List.copyOf(new LinkedHashSet<>(scenarioIds));
        new FieldChecks().valid("scenario", chosen, ids -> ids.size() <= Scenarios.MAX_COMPARED, Reason.OUT_OF_RANGE,
                "at most " + Scenarios.MAX_COMPARED + " scenarios are compared with the version").orThrow();
        return chosen;
    }
}
