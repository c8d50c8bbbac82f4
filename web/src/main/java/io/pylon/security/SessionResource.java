package io.pylon.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.subject.Subject;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Who is signed in, with which roles, and the CSRF token a browser sends with its changes. */
@RequestScoped
@Path("session")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Session")
public class SessionResource {

    public record SessionView(String username, List<String> roles, String csrfToken) {
    }

    @GET
    @Operation(summary = "The signed-in user, their roles, and the CSRF token for session callers")
    public SessionView current(@Context HttpServletRequest request) {
        Subject subject = SecurityUtils.getSubject();
        List<String> roles = java.util.Arrays.stream(Role.values())
                .map(Role::name)
                .filter(subject::hasRole)
                .toList();
        return new SessionView(String.valueOf(subject.getPrincipal()), roles, CsrfGuard.tokenOf(request));
    }
}
