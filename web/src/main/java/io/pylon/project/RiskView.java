package io.pylon.project;

import io.pylon.audit.Change;
import java.time.Instant;

/** A risk as the API shows it: its statement, rating with score (probability x impact) and severity, owner, response. */
public record RiskView(long id, long version, String reference, String cause, String event, String effect,
                       int probability, int impact, int score, RiskSeverity severity, String owner,
                       ResponseStrategy strategy, String response, RiskStatus status, String raisedBy,
                       Instant raisedAt, String changedBy, Instant changedAt) {

    /** One revision of a risk: who made it, when, and the risk as it was after it. */
    public record ChangeView(long revision, Instant madeAt, String username, String change, RiskView state) {

        static ChangeView of(Change<Risk> change) {
            return new ChangeView(change.revision(), change.madeAt(), change.username(), change.kind(),
                    RiskView.of(change.state()));
        }
    }

    static RiskView of(Risk risk) {
        RiskDetails details = risk.details();
        RiskRating rating = details.rating();
        return new RiskView(risk.id(), risk.version(), risk.reference(), details.cause(), details.event(),
                details.effect(), rating.probability(), rating.impact(), rating.score(), rating.severity(),
                details.owner(), details.strategy(), details.response(), details.status(), risk.raisedBy(),
                risk.raisedAt(), risk.changedBy(), risk.changedAt());
    }
}
