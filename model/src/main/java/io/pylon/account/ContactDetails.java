package io.pylon.account;

import static io.pylon.shared.DomainRuleViolation.requirePresent;

import io.pylon.shared.DomainRuleViolation;
import io.pylon.shared.Reason;
import io.pylon.shared.Texts;

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
        name = Texts.tidy("name", name, true, MAX_TEXT);
        title = Texts.tidy("title", title, false, MAX_TEXT);
        department = Texts.tidy("department", department, false, MAX_TEXT);
        email = Texts.tidy("email", email, false, MAX_TEXT);
        phone = Texts.tidy("phone", phone, false, MAX_TEXT);
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new DomainRuleViolation("email", Reason.NOT_ALLOWED, "is not an e-mail address");
        }
        requirePresent("influence", influence);
        if (relationshipStrength < WEAKEST || relationshipStrength > STRONGEST) {
            throw new DomainRuleViolation("relationshipStrength", Reason.OUT_OF_RANGE,
                    "must be between " + WEAKEST + " and " + STRONGEST);
        }
    }
}
