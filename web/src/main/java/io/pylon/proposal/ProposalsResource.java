package io.pylon.proposal;

import io.pylon.api.ContentDisposition;
import io.pylon.api.FieldChecks;
import io.pylon.financing.ContractEvaluationView;
import io.pylon.financing.FinancingPlans;
import io.pylon.financing.SensitivityView;
import io.pylon.project.ContractType;
import io.pylon.project.Project;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@RequestScoped
@Path("accounts/{accountId}/proposals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Proposals", description = "Financed-contract offers for an account's opportunities, in frozen versions")
public class ProposalsResource {

    @Inject
    Proposals proposals;

    @Inject
    FinancingPlans plans;

    @Inject
    ProposalPdfs pdfs;

    @GET
    @Operation(summary = "The account's proposals, newest first, each with its versions' figures")
    public List<ProposalView> list(@PathParam("accountId") long accountId) {
        return proposals.of(accountId).stream().map(ProposalView::of).toList();
    }

    @POST
    @Operation(summary = "Draft a proposal for an opportunity of the account: version 1, a draft, offering the terms "
            + "given (see ProposalTermsForm; the plan as for POST /api/financing/evaluate). For the account's writers "
            + "among bid managers, account managers, executives and administrators")
    public Response add(@PathParam("accountId") long accountId, ProposalForm form, @Context UriInfo uriInfo) {
        FieldChecks.body(form);
        FieldChecks checks = new FieldChecks().required("opportunityId", form.opportunityId())
                .text("title", form.title(), true, Proposal.MAX_TITLE).required("terms", form.terms());
        ProposalTerms terms = form.terms() == null ? null : checks.built("terms", form.terms()::terms);
        checks.orThrow();
        ProposalView added = ProposalView.of(proposals.add(accountId, form.opportunityId(), form.title(), terms));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(added.id())).build())
                .entity(added).build();
    }

    @GET
    @Path("{proposalId}")
    @Operation(summary = "A proposal and its versions' figures")
    public ProposalView find(@PathParam("accountId") long accountId, @PathParam("proposalId") long proposalId) {
        return ProposalView.of(proposals.find(accountId, proposalId));
    }

    @POST
    @Path("{proposalId}/versions")
    @Operation(summary = "Start the next version, a draft copied from the latest, which must have been submitted "
            + "(409 while a draft is open)")
    public Response startNextVersion(@PathParam("accountId") long accountId, @PathParam("proposalId") long proposalId,
                                     @Context UriInfo uriInfo) {
        ProposalVersion next = proposals.startNextVersion(accountId, proposalId);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(next.number())).build())
                .entity(view(next)).build();
    }

    @GET
    @Path("{proposalId}/versions/{number}")
    @Operation(summary = "A version: its figures, its terms as sent, and the terms worked out (schedules, metrics, "
            + "OECD checks, the contractor's NPV, IRR and peak funding need, the debt service cover)")
    public ProposalVersionView version(@PathParam("accountId") long accountId, @PathParam("proposalId") long proposalId,
                                       @PathParam("number") int number) {
        return view(proposals.version(accountId, proposalId, number));
    }

    @PUT
    @Path("{proposalId}/versions/{number}")
    @Operation(summary = "Revise a draft's terms from the version read (409 when stale, or when the version was "
            + "submitted: submitted versions are frozen)")
    public ProposalVersionView revise(@PathParam("accountId") long accountId, @PathParam("proposalId") long proposalId,
                                      @PathParam("number") int number, VersionForm form) {
        FieldChecks.body(form);
        FieldChecks checks = new FieldChecks().required("version", form.version()).required("terms", form.terms());
        ProposalTerms terms = form.terms() == null ? null : checks.built("terms", form.terms()::terms);
        checks.orThrow();
        return view(proposals.revise(accountId, proposalId, number, form.version(), terms));
    }

    @POST
    @Path("{proposalId}/versions/{number}/submission")
    @Operation(summary = "Submit a draft to the buyer, from the version read; it is frozen from then on")
    public ProposalVersionView submit(@PathParam("accountId") long accountId, @PathParam("proposalId") long proposalId,
                                      @PathParam("number") int number, VersionForm form) {
        FieldChecks.body(form);
        new FieldChecks().required("version", form.version()).orThrow();
        return view(proposals.submit(accountId, proposalId, number, form.version()));
    }

    @POST
    @Path("{proposalId}/project")
    @Operation(summary = "Start the project a won proposal becomes (the opportunity WON, the latest version submitted): "
            + "named after the opportunity, with the version attached; contractType EPC_F unless given. Answers the "
            + "proposal, with the new project's address in Location")
    public Response award(@PathParam("accountId") long accountId, @PathParam("proposalId") long proposalId,
                          AwardForm form, @Context UriInfo uriInfo) {
        FieldChecks checks = new FieldChecks();
        ContractType contractType = form == null || form.contractType() == null ? ContractType.EPC_F
                : checks.oneOf("contractType", form.contractType(), ContractType.class);
        checks.orThrow();
        Project project = proposals.award(accountId, proposalId, contractType);
        return Response.created(uriInfo.getBaseUriBuilder().path("projects").path(String.valueOf(project.id())).build())
                .entity(ProposalView.of(proposals.find(accountId, proposalId))).build();
    }

    /** The contract type of the project a won proposal becomes. */
    public record AwardForm(String contractType) {
    }

    @GET
    @Path("{proposalId}/versions/{number}/sensitivity")
    @Operation(summary = "The version's all-in cost and contractor NPV with the base rates 100 bp down and up, "
            + "construction 6 and 12 months late, and the costs' currency 10% cheaper and dearer: a tornado's data")
    public SensitivityView sensitivity(@PathParam("accountId") long accountId,
                                       @PathParam("proposalId") long proposalId, @PathParam("number") int number) {
        ProposalVersion version = proposals.version(accountId, proposalId, number);
        return SensitivityView.of(plans.sensitivity(ProposalTermsForm.contractOf(version.terms())));
    }

    /**
     * The version as a PDF, with the scenarios asked for ({@code scenario=<id>}, repeated, at most three as in the
     * comparison), or its oldest three when none is: a version is usually weighed against its scenarios, so they
     * print unless the caller picks. The stored terms are read here, where the API's JSON is, and the reader is
     * passed to {@link ProposalPdfs}, which loads, works out and prints in one transaction.
     */
    @GET
    @Path("{proposalId}/versions/{number}/pdf")
    @Produces("application/pdf")
    @Operation(summary = "The version as a PDF: a cover, the summary (price, cost, margin, key figures, the OECD checks "
            + "counted), the contract terms, the financing structure per tranche, the total schedule, the key figures "
            + "with their definitions, the OECD checks, and the version beside up to three scenarios (scenario=<id>, "
            + "repeated; the oldest three when none is named). For those who read the version's evaluation")
    public Response pdf(@PathParam("accountId") long accountId, @PathParam("proposalId") long proposalId,
                        @PathParam("number") int number, @QueryParam("scenario") List<Long> scenarioIds) {
        return Response.ok(pdfs.of(accountId, proposalId, number, ScenariosResource.compared(scenarioIds),
                        ProposalTermsForm::contractOf), "application/pdf")
                .header("Content-Disposition", ContentDisposition.attachment(
                        "proposal-" + proposalId + "-version-" + number + ".pdf"))
                .build();
    }

    private ProposalVersionView view(ProposalVersion version) {
        return new ProposalVersionView(version.proposal().id(), ProposalView.VersionLine.of(version),
                ProposalTermsForm.read(version.terms()),
                ContractEvaluationView.of(plans.evaluate(ProposalTermsForm.contractOf(version.terms()))));
    }
}
