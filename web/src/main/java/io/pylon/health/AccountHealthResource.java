package io.pylon.health;

import io.pylon.scoring.ScoreView;
import io.pylon.scoring.WeightedScore;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@RequestScoped
@Path("accounts/{accountId}/health")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Account health", description = """
        How healthy the relationship is, 0 to 100, as of now: SATISFACTION (weight 35: the latest survey's \
        average, 1 scoring 0 and 5 scoring 100, moved 25 points per point of change since the survey before), \
        FOLLOW_UPS (25: the share of open follow-ups not overdue; none open scores 100), VISITS (15: the tier's \
        visit cadence kept 100, a visit due within two weeks 75, overdue 0) and PIPELINE_COVERAGE (25: pipeline \
        weighted by win probability against contracted value in the reporting currency, capped at 100; a \
        pipeline without contracts 100). A part without data is left out and its weight shared among the \
        others. Gate slippage and overdue receivables join once projects have gates and invoices.""")
public class AccountHealthResource {

    @Inject
    Health health;

    /** The composite and each part of it, with the part's weight, share, figure, score, contribution and why. */
    public record HealthView(long accountId, BigDecimal score, List<ScoreView.PartView> parts) {

        static HealthView of(long accountId, WeightedScore score) {
            return new HealthView(accountId, score.score(), score.parts().stream().map(ScoreView.PartView::of).toList());
        }
    }

    @GET
    @Operation(summary = "The account's health and each part of it")
    public HealthView of(@PathParam("accountId") long accountId) {
        return HealthView.of(accountId, health.of(accountId));
    }
}
