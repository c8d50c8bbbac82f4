package io.pylon.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pylon.shared.DomainRuleViolation;
import io.pylon.shared.Reason;
import org.junit.jupiter.api.Test;

class ContactDetailsTest {

    private static ContactDetails details(String email, int strength) {
        return new ContactDetails(" Wanjiru Kamau ", "Director General", " ", email, null, Influence.DECISION_MAKER,
                strength);
    }

    @Test
    void tidiesTextAndDropsBlankOptionalFields() {
        ContactDetails details = details("dg@example.go.ke", 5);

        assertThat(details.name()).isEqualTo("Wanjiru Kamau");
        assertThat(details.department()).isNull();
    }

    @Test
    void relationshipStrengthRunsFromOneToFive() {
        assertThat(details(null, 1).relationshipStrength()).isEqualTo(1);
        assertThatThrownBy(() -> details(null, 0)).isInstanceOf(DomainRuleViolation.class)
                .extracting(e -> ((DomainRuleViolation) e).reason()).isEqualTo(Reason.OUT_OF_RANGE);
        assertThatThrownBy(() -> details(null, 6)).isInstanceOf(DomainRuleViolation.class);
    }

    @Test
    void anEmailMustLookLikeOne() {
        assertThatThrownBy(() -> details("dg at example", 3)).isInstanceOf(DomainRuleViolation.class)
                .extracting(e -> ((DomainRuleViolation) e).field()).isEqualTo("email");
    }

    @Test
    void anUpdateReplacesTheDetails() {
        Account account = new Account(new AccountProfile("Kenya Power", null, io.pylon.shared.CountryCode.of("KEN"),
                AgencyType.STATE_OWNED_ENTERPRISE, null, null, null));
        Contact contact = new Contact(account, details(null, 2));

        contact.update(details("dg@example.go.ke", 4));

        assertThat(contact.details()).isEqualTo(details("dg@example.go.ke", 4));
    }
}
