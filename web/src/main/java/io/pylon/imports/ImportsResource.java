package io.pylon.imports;

import io.pylon.api.FieldChecks;
import io.pylon.api.PageView;
import io.pylon.api.Uploads;
import io.pylon.shared.PageRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@RequestScoped
@Path("imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Imports", description = """
        Import agencies and their projects from the World Bank projects export. Send the file as the part \
        "file" of a multipart/form-data body, at most 100 MB of UTF-8 text; its content decides the format. \
        JSON: an array of project objects as the export writes them. CSV (RFC 4180): a header row naming the \
        same fields (at least id, project_name, countrycode and impagency; also borrower, totalcommamt, \
        boardapprovaldate, closingdate, status), with the sectors flattened into sector1_name, sector1_percent, \
        ... sector4_name, sector4_percent. Each row's implementing agency (impagency) becomes or matches the \
        owner account in the row's country (countrycode, ISO 3166 alpha-2, and the World Bank's own codes RY, \
        ZR, GZ, TP, YF and XK for Yemen, DR Congo, West Bank and Gaza, Timor-Leste, Serbia and Kosovo; region \
        codes such as 3A are rejected), its borrower another account; names match whatever their case, spacing and punctuation. \
        An account the import creates is a MINISTRY when its name starts with "Ministry", else an AGENCY, and \
        is led by the importing user. Projects are matched by id (such as P129828): a second import of the \
        same file updates them and creates nothing new.""")
public class ImportsResource {

    @Inject
    Imports imports;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Upload an export file; its import runs in the background: follow it at the Location answered (202)")
    public Response start(@FormParam("file") EntityPart file, @Context UriInfo uriInfo) {
        byte[] content = Uploads.bytesOf(file);
        ImportView started = ImportView.of(imports.start(file.getFileName().orElse(null), content));
        return Response.accepted(started)
                .location(uriInfo.getAbsolutePathBuilder().path(String.valueOf(started.id())).build())
                .build();
    }

    @GET
    @Operation(summary = "The imports you started (administrators: all imports), newest first, one page at a time")
    public PageView<ImportView.Summary> recent(@QueryParam("page") @DefaultValue("0") int page,
                                               @QueryParam("size") @DefaultValue("20") int size) {
        new FieldChecks().paging(page, size).orThrow();
        return PageView.of(imports.recent(new PageRequest(page, size)), ImportView.Summary::of);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "An import you started (administrators: any import): state, progress, report, or why it failed")
    public ImportView find(@PathParam("id") long id) {
        return ImportView.of(imports.find(id));
    }
}
