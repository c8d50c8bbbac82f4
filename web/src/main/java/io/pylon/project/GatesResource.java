package io.pylon.project;

import io.pylon.api.ContentDisposition;
import io.pylon.api.FieldChecks;
import io.pylon.api.Uploads;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@RequestScoped
@Path("projects/{projectId}/gates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Gates", description = "A project's stage gates: criteria, waivers and decisions")
public class GatesResource {

    @Inject
    Gates gates;

    @Inject
    EvidenceFiles evidenceFiles;

    @GET
    @Operation(summary = "The project's gates G0-G5 in order, each with its state, dates, slippage, deciding roles and "
            + "criteria; `next` marks the gate that ends the current phase")
    public List<GateView> list(@PathParam("projectId") long projectId) {
        LocalDate today = gates.today();
        Gates.ProjectGates found = gates.of(projectId);
        return found.gates().stream().map(gate -> GateView.of(gate, today, found.rights(), found.evidence(),
                found.conditionalGos(), found.conditionsMet())).toList();
    }

    @GET
    @Path("{gateId}/decisions")
    @Operation(summary = "The decisions taken at the gate, oldest first: never edited, a later one supersedes. The "
            + "conditions of a conditional GO each say where they stand: OPEN, MET (by whom, when, with a note) or "
            + "OVERDUE (open after their due date)")
    public List<DecisionView> decisions(@PathParam("projectId") long projectId, @PathParam("gateId") long gateId) {
        LocalDate today = gates.today();
        List<ConditionMet> met = gates.conditionsMet(projectId, gateId);
        return gates.decisions(projectId, gateId).stream().map(decision -> DecisionView.of(decision, met, today))
                .toList();
    }

    @POST
    @Path("{gateId}/decisions/{decisionId}/conditions/{position}/met")
    @Operation(summary = "Record that a condition of a conditional GO taken at the gate was met, with an optional "
            + "note; position is the condition's place in the decision's list, from 0. For those who review the "
            + "gate's criteria (the owner account's team and executives). 404 for a condition the decision does not "
            + "have, 409 when it was met already")
    public Response meet(@PathParam("projectId") long projectId, @PathParam("gateId") long gateId,
                         @PathParam("decisionId") long decisionId, @PathParam("position") int position,
                         ConditionMetForm form, @Context UriInfo uriInfo) {
        String note = form == null ? null : form.note();
        new FieldChecks().text("note", note, false, ConditionMet.MAX_NOTE).orThrow();
        ConditionMet met = gates.meet(projectId, gateId, decisionId, position, note);
        ConditionView condition = ConditionView.of(met.decision(), List.of(met), gates.today()).get(position);
        return Response.created(uriInfo.getAbsolutePath()).entity(condition).build();
    }

    @GET
    @Path("{gateId}/history")
    @Operation(summary = "Who did what when at the gate, newest first: every audited change of its criteria (status, "
            + "score, note; a waiver as the status WAIVED with its reason as the note), each with the fields changed "
            + "from and to; its decisions; conditions met; evidence attached. Open to whoever sees the project")
    public List<GateEventView> history(@PathParam("projectId") long projectId, @PathParam("gateId") long gateId) {
        return GateEventView.timeline(gates.history(projectId, gateId));
    }

    @GET
    @Path("{gateId}/pdf")
    @Produces("application/pdf")
    @Operation(summary = "The gate's review sheet as a PDF: the project, the gate, its criteria with their evidence "
            + "files, the weighted score, the decisions oldest first and a line to sign per deciding role")
    public Response pdf(@PathParam("projectId") long projectId, @PathParam("gateId") long gateId) {
        return Response.ok(gates.reviewPdf(projectId, gateId), "application/pdf")
                .header("Content-Disposition", ContentDisposition.attachment(
                        "gate-review-" + projectId + "-" + gateId + ".pdf"))
                .build();
    }

    @POST
    @Path("{gateId}/decisions")
    @Operation(summary = "Decide the project's next gate: GO and CONDITIONAL_GO (with conditions and due dates) move "
            + "the project into the next phase, HOLD stops it at the gate, RECYCLE opens the gate's criteria again, "
            + "KILL ends the project. 409 naming the must-meet criteria neither met nor waived (as criteria[<id>]), "
            + "or when the gate is not the next one or the project was killed; 403 for a role the gate does not name")
    public Response decide(@PathParam("projectId") long projectId, @PathParam("gateId") long gateId,
                           DecisionForm form, @Context UriInfo uriInfo) {
        DecisionForm.Checked checked = FieldChecks.body(form).checked();
        DecisionView decided = DecisionView.of(gates.decide(projectId, gateId, checked.decision(), form.rationale(),
                checked.conditions()), List.of(), gates.today());
        return Response.created(uriInfo.getAbsolutePath()).entity(decided).build();
    }

    @PUT
    @Path("{gateId}/plan")
    @Operation(summary = "Plan the gate for a day (plannedOn YYYY-MM-DD, null clears it): not before the project "
            + "started, nor before an earlier gate's planned day or after a later one's. Send the gate's version")
    public GateView plan(@PathParam("projectId") long projectId, @PathParam("gateId") long gateId, PlanForm form) {
        PlanForm plan = FieldChecks.body(form);
        FieldChecks checks = new FieldChecks().required("version", plan.version());
        LocalDate day = checks.date("plannedOn", plan.plannedOn());
        checks.orThrow();
        Gate planned = gates.plan(projectId, gateId, plan.version(), day);
        return GateView.of(planned, gates.today(), gates.rightsOn(planned.project()), List.of(), List.of(), List.of());
    }

    @PUT
    @Path("{gateId}/criteria/{criterionId}")
    @Operation(summary = "Review a criterion of the next gate: status MET, NOT_MET or OPEN, a score 0-5 for a "
            + "should-meet one, a note; send the version you read (409 when stale)")
    public GateView.CriterionView assess(@PathParam("projectId") long projectId, @PathParam("gateId") long gateId,
                                         @PathParam("criterionId") long criterionId, AssessmentForm form) {
        AssessmentForm assessment = FieldChecks.body(form);
        FieldChecks checks = new FieldChecks().required("status", assessment.status()).required("version",
                assessment.version());
        CriterionStatus status = checks.oneOf("status", assessment.status(), CriterionStatus.class);
        checks.between("score", assessment.score(), 0, GateCriterion.MAX_SCORE).orThrow();
        return GateView.CriterionView.of(gates.assess(projectId, gateId, criterionId, assessment.version(), status,
                assessment.score(), assessment.note()), List.of());
    }

    @POST
    @Path("{gateId}/criteria/{criterionId}/evidence")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Attach a file (multipart field `file`, at most 20 MiB) to a criterion of the next gate as "
            + "evidence: PDF, images or office documents, the type found in the bytes, not taken from the name; a "
            + "name that does not say what the bytes are is refused. For the gate's reviewers")
    public Response attach(@PathParam("projectId") long projectId, @PathParam("gateId") long gateId,
                           @PathParam("criterionId") long criterionId, @FormParam("file") EntityPart file,
                           @Context UriInfo uriInfo) {
        byte[] content = Uploads.bytesOf(file);
        EvidenceView attached = EvidenceView.of(evidenceFiles.attach(projectId, gateId, criterionId,
                file.getFileName().orElse(null), content));
        return Response.created(uriInfo.getBaseUriBuilder().path("projects/{p}/gates/{g}/evidence/{e}")
                .build(projectId, gateId, attached.id())).entity(attached).build();
    }

    @GET
    @Path("{gateId}/evidence/{evidenceId}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "An evidence file's bytes as uploaded, with the type found in them")
    public Response download(@PathParam("projectId") long projectId, @PathParam("gateId") long gateId,
                             @PathParam("evidenceId") long evidenceId) {
        EvidenceFiles.Download download = evidenceFiles.download(projectId, gateId, evidenceId);
        Evidence evidence = download.evidence();
        return Response.ok(download.content(), evidence.contentType())
                .header("Content-Disposition", ContentDisposition.attachment(evidence.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    @PUT
    @Path("{gateId}/criteria/{criterionId}/waiver")
    @Operation(summary = "Waive a must-meet criterion of the next gate, for a written reason; only the roles that "
            + "decide the gate do. Send the version you read")
    public GateView.CriterionView waive(@PathParam("projectId") long projectId, @PathParam("gateId") long gateId,
                                        @PathParam("criterionId") long criterionId, WaiverForm form) {
        WaiverForm waiver = FieldChecks.body(form);
        new FieldChecks().text("reason", waiver.reason(), true, GateCriterion.MAX_NOTE)
                .required("version", waiver.version()).orThrow();
        return GateView.CriterionView.of(gates.waive(projectId, gateId, criterionId, waiver.version(),
                waiver.reason()), List.of());
    }
}
