package io.pylon.account;

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
@Path("accounts/{accountId}/contacts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Contacts", description = "The people at an agency: role, influence, relationship strength, history")
public class AccountContactsResource {

    @Inject
    Contacts contacts;

    @GET
    @Operation(summary = "The account's contacts, by name")
    public List<ContactView> list(@PathParam("accountId") long accountId) {
        return contacts.of(accountId).stream().map(ContactView::of).toList();
    }

    @POST
    @Operation(summary = "Add a contact; relationshipStrength runs from 1 (barely known) to 5 (close)")
    public Response add(@PathParam("accountId") long accountId, ContactForm form, @Context UriInfo uriInfo) {
        ContactView added = ContactView.of(contacts.add(accountId, FieldChecks.body(form).details(false)));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(added.id())).build())
                .entity(added).build();
    }

    @GET
    @Path("{contactId}")
    @Operation(summary = "One contact")
    public ContactView find(@PathParam("accountId") long accountId, @PathParam("contactId") long contactId) {
        return ContactView.of(contacts.find(accountId, contactId));
    }

    @PUT
    @Path("{contactId}")
    @Operation(summary = "Update a contact; send the version you read, a stale one answers 409")
    public ContactView update(@PathParam("accountId") long accountId, @PathParam("contactId") long contactId,
                              ContactForm form) {
        ContactDetails details = FieldChecks.body(form).details(true);
        return ContactView.of(contacts.update(accountId, contactId, form.version(), details));
    }

    @GET
    @Path("{contactId}/history")
    @Operation(summary = "Every change of the contact, oldest first, with who made it")
    public List<ContactView.ChangeView> history(@PathParam("accountId") long accountId,
                                                @PathParam("contactId") long contactId) {
        return contacts.history(accountId, contactId).stream().map(ContactView.ChangeView::of).toList();
    }
}
