package io.pylon.project;

import io.pylon.account.Sector;
import io.pylon.api.FieldChecks;
import io.pylon.shared.NotFound;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@RequestScoped
@Path("gate-templates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Gate templates", description = "The gates G1-G5 a new project gets, per sector and contract type: "
        + "deciding roles and criteria. A project copies them when it is started; later edits of its template "
        + "leave its gates as they are")
public class GateTemplatesResource {

    private static final String COMBINATION = "{sector}/{contractType}";

    @Inject
    ProjectTemplates templates;

    @GET
    @Operation(summary = "Every sector and contract type, and whether an administrator customised its template "
            + "(who, when, the version) or the default of DESIGN.md section 2 is in force")
    public List<GateTemplateSummaryView> combinations() {
        return templates.combinations().stream().map(GateTemplateSummaryView::of).toList();
    }

    @GET
    @Path(COMBINATION)
    @Operation(summary = "The template in force for a sector (RAIL, ROAD, BRIDGE, PORT, AIRPORT, POWER, WATER, "
            + "BUILDING) and contract type (EPC, EPC_F, PPP, O_AND_M): gates G1-G5 with deciding roles and criteria; "
            + "404 for an unknown sector or contract type")
    public GateTemplateView find(@PathParam("sector") String sector, @PathParam("contractType") String contractType) {
        return GateTemplateView.of(templates.find(sector(sector, contractType), contractType(sector, contractType)));
    }

    @PUT
    @Path(COMBINATION)
    @Operation(summary = "Replace the template of a sector and contract type: every gate G1-G5 once, each with at "
            + "least one deciding role and its criteria in order (text up to 300 characters; MUST_MEET with weight 0, "
            + "SHOULD_MEET with weight 0-100). Send the version you read, null for the default; 409 when someone "
            + "changed it meanwhile. Projects started from now on get it; projects started before keep their own "
            + "gates and criteria, decided or not. Administrators only")
    public GateTemplateView change(@PathParam("sector") String sector, @PathParam("contractType") String contractType,
                                   GateTemplateForm form) {
        Sector chosenSector = sector(sector, contractType);
        ContractType chosenType = contractType(sector, contractType);
        GateTemplateForm edit = FieldChecks.body(form);
        return GateTemplateView.of(templates.change(edit.checked(chosenSector, chosenType), edit.version()));
    }

    @DELETE
    @Path(COMBINATION)
    @Operation(summary = "Put the default template of a sector and contract type back in force, answering it; "
            + "projects already started keep their gates. Administrators only")
    public GateTemplateView reset(@PathParam("sector") String sector, @PathParam("contractType") String contractType) {
        return GateTemplateView.of(templates.reset(sector(sector, contractType), contractType(sector, contractType)));
    }

    private static Sector sector(String sector, String contractType) {
        return constant(Sector.class, sector, sector, contractType);
    }

    private static ContractType contractType(String sector, String contractType) {
        return constant(ContractType.class, contractType, sector, contractType);
    }

    /** A path naming no sector or contract type names no template: 404. */
    private static <E extends Enum<E>> E constant(Class<E> type, String name, String sector, String contractType) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException unknown) {
            throw new NotFound("gate template", sector + "/" + contractType);
        }
    }
}
