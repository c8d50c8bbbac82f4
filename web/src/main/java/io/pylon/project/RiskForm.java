package io.pylon.project;

import io.pylon.api.FieldChecks;

/**
 * A risk as a client sends it: {@code cause}, {@code event}, {@code effect}, {@code probability} and {@code impact}
 * 1-5, {@code owner}, {@code strategy} (ESCALATE, AVOID, TRANSFER, MITIGATE, ACCEPT), {@code response}, {@code status}
 * (OPEN, OCCURRED, CLOSED; OPEN when a new risk leaves it out) and, to revise one, the {@code version} read.
 */
public record RiskForm(String cause, String event, String effect, Integer probability, Integer impact, String owner,
                       String strategy, String response, String status, Long version) {

    /** Every field checked at once, then the risk's details. */
    RiskDetails details(RiskStatus whenAbsent) {
        FieldChecks checks = new FieldChecks()
                .text("cause", cause, true, RiskDetails.MAX_TEXT)
                .text("event", event, true, RiskDetails.MAX_TEXT)
                .text("effect", effect, true, RiskDetails.MAX_TEXT)
                .text("owner", owner, true, RiskDetails.MAX_OWNER)
                .text("response", response, false, RiskDetails.MAX_RESPONSE)
                .required("probability", probability)
                .required("impact", impact)
                .required("strategy", strategy)
                .between("probability", probability, RiskRating.MIN, RiskRating.MAX)
                .between("impact", impact, RiskRating.MIN, RiskRating.MAX);
        ResponseStrategy chosen = checks.oneOf("strategy", strategy, ResponseStrategy.class);
        RiskStatus standing = status == null ? whenAbsent : checks.oneOf("status", status, RiskStatus.class);
        checks.required("status", standing).orThrow();
        return new RiskDetails(cause, event, effect, new RiskRating(probability, impact), owner, chosen, response, standing);
    }
}
