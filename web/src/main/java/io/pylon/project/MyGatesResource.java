package io.pylon.project;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@RequestScoped
@Path("me/gates")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Gates")
public class MyGatesResource {

    @Inject
    Gates gates;

    @GET
    @Operation(summary = "Your gates: the next gate of each live project on the accounts where you lead projects (team "
            + "role PROJECT_LEAD), planned within " + Gates.DUE_WITHIN_DAYS + " days or overdue, the most overdue first")
    public List<MyGateView> mine() {
        LocalDate today = gates.today();
        return gates.mine().stream().map(gate -> MyGateView.of(gate, today)).toList();
    }
}
