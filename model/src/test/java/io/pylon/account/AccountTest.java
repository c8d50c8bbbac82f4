package io.pylon.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pylon.shared.CountryCode;
import io.pylon.shared.DomainRuleViolation;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class AccountTest {

    private static AccountProfile profile(String name, Account parent) {
        return new AccountProfile(name, null, CountryCode.of("KEN"), AgencyType.AGENCY, EnumSet.of(Sector.RAIL),
                parent, Classification.INDUSTRY);
    }

    @Test
    void keepsTheNameTidyAndItsComparableForm() {
        Account account = new Account(profile("  Kenya   Railways  Corporation ", null));

        assertThat(account.name()).isEqualTo("Kenya Railways Corporation");
        assertThat(account.normalizedName()).isEqualTo("kenya railways corporation");
    }

    @Test
    void aRevisionReplacesTheProfile() {
        Account ministry = new Account(profile("Ministry of Roads and Transport", null));
        Account account = new Account(profile("Kenya Railways", null));

        account.revise(profile("Kenya Railways Corporation", ministry));

        assertThat(account.name()).isEqualTo("Kenya Railways Corporation");
        assertThat(account.parent()).isSameAs(ministry);
    }

    @Test
    void anAgencyCannotBecomeItsOwnAncestor() {
        Account ministry = new Account(profile("Ministry of Roads and Transport", null));
        Account railways = new Account(profile("Kenya Railways Corporation", ministry));

        assertThatThrownBy(() -> ministry.revise(profile("Ministry of Roads and Transport", railways)))
                .isInstanceOf(DomainRuleViolation.class)
                .hasMessageContaining("own ancestor");
        assertThatThrownBy(() -> ministry.revise(profile("Ministry of Roads and Transport", ministry)))
                .isInstanceOf(DomainRuleViolation.class);
        assertThat(ministry.parent()).isNull();
    }

    @Test
    void aProfileNeedsANameOfBoundedLengthACountryAndAType() {
        assertThatThrownBy(() -> profile("   ", null)).isInstanceOf(DomainRuleViolation.class)
                .extracting(e -> ((DomainRuleViolation) e).field()).isEqualTo("name");
        assertThatThrownBy(() -> profile("x".repeat(AccountProfile.MAX_NAME_LENGTH + 1), null))
                .isInstanceOf(DomainRuleViolation.class);
        assertThatThrownBy(() -> new AccountProfile("Agency", null, null, AgencyType.AGENCY, null, null, null))
                .extracting(e -> ((DomainRuleViolation) e).field()).isEqualTo("country");
        assertThatThrownBy(() -> new AccountProfile("Agency", null, CountryCode.of("KEN"), null, null, null, null))
                .extracting(e -> ((DomainRuleViolation) e).field()).isEqualTo("agencyType");
    }

    @Test
    void storesSectorsAsOneSortedColumn() {
        SectorsConverter converter = new SectorsConverter();

        assertThat(converter.convertToDatabaseColumn(EnumSet.of(Sector.WATER, Sector.RAIL))).isEqualTo("RAIL,WATER");
        assertThat(converter.convertToEntityAttribute("RAIL,WATER")).containsExactly(Sector.RAIL, Sector.WATER);
        assertThat(converter.convertToEntityAttribute("")).isEmpty();
    }
}
