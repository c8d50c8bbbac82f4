package io.pylon.project;

import static io.pylon.shared.DomainRuleViolation.requirePresent;

import io.pylon.shared.Texts;

/**
 * What a risk says, in the cause - event - effect form of ISO 31000 ("because of the cause, the event may happen,
 * which would lead to the effect"), with its rating, who owns it, the response and where it stands.
 */
public record RiskDetails(String cause, String event, String effect, RiskRating rating, String owner,
                          ResponseStrategy strategy, String response, RiskStatus status) {

    public static final int MAX_TEXT = 1000;
    public static final int MAX_OWNER = 100;
    public static final int MAX_RESPONSE = 2000;

    public RiskDetails {
        cause = Texts.tidy("cause", cause, true, MAX_TEXT);
        event = Texts.tidy("event", event, true, MAX_TEXT);
        effect = Texts.tidy("effect", effect, true, MAX_TEXT);
        owner = Texts.tidy("owner", owner, true, MAX_OWNER);
        response = Texts.tidy("response", response, false, MAX_RESPONSE);
        requirePresent("rating", rating);
        requirePresent("strategy", strategy);
        requirePresent("status", status);
    }
}
