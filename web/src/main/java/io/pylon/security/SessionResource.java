package io.pylon.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Who is signed in, with which roles, and the CSRF token a browser sends with its changes. */
@RequestScoped
@Path("session")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Session")
public class SessionResource {

    public record SessionView(String username, String displayName, List<Role> roles, String csrfToken) {
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    Users users;

    @GET
    @Operation(summary = "The signed-in user, their roles, and the CSRF token for session callers")
    public SessionView current(@Context HttpServletRequest request) {
        Credentials credentials = users.credentials(currentUser.username()).orElseThrow();
        return new SessionView(credentials.username(), credentials.displayName(),
                credentials.roles().stream().sorted().toList(), CsrfGuard.tokenOf(request));
    }
}
