package io.pylon.account;

import io.pylon.api.FieldChecks;
import io.pylon.shared.Reason;

/** A contact as a client sends it to add or update one; {@code version} only when updating. */
public record ContactForm(String name, String title, String department, String email, String phone,
                          String influence, Integer relationshipStrength, Long version) {

    ContactDetails details(boolean updating) {
        FieldChecks checks = new FieldChecks()
                .text("name", name, true, ContactDetails.MAX_TEXT)
                .text("title", title, false, ContactDetails.MAX_TEXT)
                .text("department", department, false, ContactDetails.MAX_TEXT)
                .text("email", email, false, ContactDetails.MAX_TEXT)
                .text("phone", phone, false, ContactDetails.MAX_TEXT)
                .required("influence", influence)
                .required("relationshipStrength", relationshipStrength)
                .between("relationshipStrength", relationshipStrength, ContactDetails.WEAKEST, ContactDetails.STRONGEST);
        Influence weight = checks.oneOf("influence", influence, Influence.class);
        if (updating) {
            checks.required("version", version).valid("version", version, v -> v >= 0, Reason.OUT_OF_RANGE,
                    "must not be negative");
        }
        checks.orThrow();
        return new ContactDetails(name, title, department, email, phone, weight, relationshipStrength);
    }
}
