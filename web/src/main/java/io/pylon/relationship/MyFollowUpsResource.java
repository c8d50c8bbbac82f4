package io.pylon.relationship;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@RequestScoped
@Path("me/follow-ups")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Follow-ups")
public class MyFollowUpsResource {

    @Inject
    FollowUps followUps;

    @GET
    @Operation(summary = "Your open follow-ups on the accounts you see, by due date (the overdue ones first), and the "
            + "visits due or overdue on the accounts you lead (team role ACCOUNT_LEAD), the most urgent first")
    public MyFollowUpsView mine() {
        FollowUps.Agenda agenda = followUps.mine();
        LocalDate today = followUps.today();
        return new MyFollowUpsView(
                agenda.followUps().stream().map(followUp -> MyFollowUpsView.MyFollowUp.of(followUp, today)).toList(),
                agenda.visits().stream().map(MyFollowUpsView.DueVisit::of).toList());
    }
}
