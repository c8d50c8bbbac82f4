package io.pylon.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pylon.account.Account;
import io.pylon.account.AccountProfile;
import io.pylon.account.AgencyType;
import io.pylon.shared.CountryCode;
import io.pylon.shared.DomainRuleViolation;
import io.pylon.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccountPlanTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    private static AccountPlan plan() {
        Account account = new Account(new AccountProfile("Kenya Railways Corporation", null, CountryCode.of("KEN"),
                AgencyType.STATE_OWNED_ENTERPRISE, null, null, null));
        return new AccountPlan(account, 2026, new LastChange("am", NOW));
    }

    @Test
    void revisesOnlyThePartsItIsGiven() {
        AccountPlan plan = plan();
        plan.revise(new PlanSections(List.of("Trusted by the board"), List.of("No local office"), null, null), new LastChange("am", NOW));
        plan.revise(new PlanSections(null, null, List.of(new Competitor("CRBC", "Incumbent on the SGR")), null),
                new LastChange("bid", NOW.plusSeconds(60)));

        assertThat(plan.strengths()).containsExactly("Trusted by the board");
        assertThat(plan.weaknesses()).containsExactly("No local office");
        assertThat(plan.competitors()).containsExactly(new Competitor("CRBC", "Incumbent on the SGR"));
        assertThat(plan.lastChange().username()).isEqualTo("bid");
    }

    @Test
    void absorbsWhatAnotherPlanOfTheYearAddsWithoutRepeatingIt() {
        AccountPlan surviving = plan();
        surviving.revise(new PlanSections(List.of("Trusted by the board"), List.of(),
                List.of(new Competitor("CRBC", null)), List.of()), new LastChange("am", NOW));
        AccountPlan merged = plan();
        DevelopmentPlan masterPlan = new DevelopmentPlan("National Railway Master Plan", 2025, 2035,
                Money.of(new BigDecimal("12000000000"), Currency.getInstance("USD")));
        merged.revise(new PlanSections(List.of("trusted by the board.", "Strong site teams"), List.of("Slow claims"),
                List.of(new Competitor("crbc", "Incumbent"), new Competitor("Yapı Merkezi", null)), List.of(masterPlan)),
                new LastChange("bid", NOW));

        surviving.absorb(merged, new LastChange("admin", NOW.plusSeconds(5)));

        assertThat(surviving.strengths()).containsExactly("Trusted by the board", "Strong site teams");
        assertThat(surviving.weaknesses()).containsExactly("Slow claims");
        assertThat(surviving.competitors()).extracting(Competitor::name).containsExactly("CRBC", "Yapı Merkezi");
        assertThat(surviving.developmentPlans()).containsExactly(masterPlan);
        assertThat(surviving.lastChange().username()).isEqualTo("admin");
    }

    @Test
    void acceptsPlanYearsFrom2000ToTenYearsAhead() {
        AccountPlan.requireYear(2000, 2026);
        AccountPlan.requireYear(2036, 2026);
        assertThatThrownBy(() -> AccountPlan.requireYear(1999, 2026))
                .isInstanceOfSatisfying(DomainRuleViolation.class, e -> assertThat(e.field()).isEqualTo("year"));
        assertThatThrownBy(() -> AccountPlan.requireYear(2037, 2026)).isInstanceOf(DomainRuleViolation.class);
    }

    @Test
    void refusesADevelopmentPlanThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> new DevelopmentPlan("Port master plan", 2030, 2025, null))
                .isInstanceOfSatisfying(DomainRuleViolation.class, e -> assertThat(e.field()).isEqualTo("horizonTo"));
    }

    @Test
    void refusesBlankStatementsAndTooManyOfThem() {
        assertThatThrownBy(() -> new PlanSections(List.of(" "), null, null, null))
                .isInstanceOfSatisfying(DomainRuleViolation.class, e -> assertThat(e.field()).isEqualTo("strengths"));
        assertThatThrownBy(() -> new PlanSections(null, java.util.Collections.nCopies(PlanSections.MAX_ITEMS + 1, "x"),
                null, null)).isInstanceOf(DomainRuleViolation.class);
    }
}
