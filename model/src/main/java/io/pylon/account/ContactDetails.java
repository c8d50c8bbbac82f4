package io.pylon.account;

import io.pylon.shared.DomainRuleViolation;
import io.pylon.shared.Reason;

/**
 * What is known about a person at an agency. {@code relationshipStrength} runs from 1 (we barely
 * know them) to 5 (they call us first).
 */
public record ContactDetails(String name, String title, String department, String email, String phone,
                             Influence influence, int relationshipStrength) {

    public static final int MAX_TEXT = 200;
    public static final int WEAKEST = 1;
    public static final int STRONGEST = 5;

    public ContactDetails {
        name = text("name", name, true);
        title = text("title", title, false);
        department = text("department", department, false);
        email = text("email", email, false);
        phone = text("phone", phone, false);
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new DomainRuleViolation("email", Reason.NOT_ALLOWED, "is not an e-mail address");
        }
        if (influence == null) {
            throw new DomainRuleViolation("influence", Reason.REQUIRED, "is required");
        }
        if (relationshipStrength < WEAKEST || relationshipStrength > STRONGEST) {
            throw new DomainRuleViolation("relationshipStrength", Reason.OUT_OF_RANGE,
                    "must be between " + WEAKEST + " and " + STRONGEST);
        }
    }

    private static String text(String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw new DomainRuleViolation(field, Reason.BLANK, "must not be blank");
            }
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > MAX_TEXT) {
            throw new DomainRuleViolation(field, Reason.TOO_LONG, "must be at most " + MAX_TEXT + " characters");
        }
        return stripped;
    }
}
