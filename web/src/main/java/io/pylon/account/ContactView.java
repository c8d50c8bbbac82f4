package io.pylon.account;

import io.pylon.audit.Change;
import java.time.Instant;

/** A contact as the API shows it. */
public record ContactView(long id, long version, String name, String title, String department, String email,
                          String phone, Influence influence, int relationshipStrength) {

    /** One entry of a contact's history. */
    public record ChangeView(long revision, Instant madeAt, String username, String change, ContactView state) {

        static ChangeView of(Change<Contact> change) {
            return new ChangeView(change.revision(), change.madeAt(), change.username(), change.kind(),
                    ContactView.of(change.state()));
        }
    }

    static ContactView of(Contact contact) {
        ContactDetails details = contact.details();
        return new ContactView(contact.id(), contact.version(), details.name(), details.title(), details.department(),
                details.email(), details.phone(), details.influence(), details.relationshipStrength());
    }
}
