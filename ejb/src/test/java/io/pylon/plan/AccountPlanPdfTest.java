package io.pylon.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.pylon.account.Account;
import io.pylon.account.AccountProfile;
import io.pylon.account.AgencyType;
import io.pylon.security.Role;
import io.pylon.security.User;
import io.pylon.shared.CountryCode;
import io.pylon.shared.Money;
import io.pylon.shared.PdfText;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccountPlanPdfTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void printsThePlanWithItsChineseTextReadableBack() {
        Account account = new Account(new AccountProfile("Tanzania Ports Authority", "坦桑尼亚港务局", CountryCode.of("TZA"),
                AgencyType.AUTHORITY, null, null, null));
        AccountPlan plan = new AccountPlan(account, 2026, new LastChange("am", NOW));
        plan.revise(new PlanSections(List.of("Delivered the Dar es Salaam berths on time"), List.of("No local office"),
                List.of(new Competitor("CHEC", "Incumbent at Bagamoyo")),
                List.of(new DevelopmentPlan("Port Master Plan", 2025, 2040,
                        Money.of(new BigDecimal("2500000000"), Currency.getInstance("USD"))))), new LastChange("am", NOW));
        User owner = new User("am", "Amir Account-Manager", "hash", EnumSet.of(Role.ACCOUNT_MANAGER));
        PlanObjective objective = new PlanObjective(plan, new ObjectiveDetails("完成达累斯萨拉姆港扩建融资方案", owner,
                LocalDate.of(2026, 9, 30), ObjectiveStatus.ON_TRACK, List.of(new Measure("Financing signed", "USD 400 million"))),
                new LastChange("am", NOW));

        byte[] pdf = AccountPlanPdf.of(account, new PlanWithObjectives(plan, List.of(objective)));

        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(PdfText.of(pdf).text())
                .contains("坦桑尼亚港务局")
                .contains("完成达累斯萨拉姆港扩建融资方案")
                .contains("TanzaniaPortsAuthority")
                .contains("AmirAccount-Manager")
                .contains("Financingsigned:USD400million")
                .contains("CHEC")
                .contains("PortMasterPlan")
                .contains("2500000000.00USD");
    }
}
