package io.pylon.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pylon.account.Account;
import io.pylon.account.AccountProfile;
import io.pylon.account.AgencyType;
import io.pylon.account.Classification;
import io.pylon.account.Sector;
import io.pylon.shared.CountryCode;
import io.pylon.shared.DomainRuleViolation;
import io.pylon.shared.Reason;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RiskTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    private final Project project = new Project(new PlannedProject("Mombasa port berth 22", new Account(
            new AccountProfile("Kenya Ports Authority", null, CountryCode.of("KEN"), AgencyType.STATE_OWNED_ENTERPRISE,
                    Set.of(Sector.PORT), null, Classification.INDUSTRY)), null, CountryCode.of("KEN"), Sector.PORT,
            ContractType.EPC), GateTemplates.defaults(Sector.PORT, ContractType.EPC));

    private static RiskDetails details(int probability, int impact, RiskStatus status) {
        return new RiskDetails("Late land hand-over", "Dredging starts after the monsoon", "Three months' delay",
                new RiskRating(probability, impact), "Site manager", ResponseStrategy.MITIGATE, null, status);
    }

    @ParameterizedTest
    @CsvSource({"1, 1, 1, LOW", "2, 2, 4, LOW", "1, 5, 5, MEDIUM", "3, 3, 9, MEDIUM", "2, 5, 10, HIGH",
            "4, 4, 16, HIGH", "4, 5, 20, VERY_HIGH", "5, 5, 25, VERY_HIGH"})
    void scoresProbabilityTimesImpactIntoTheBandsOfTheHeatMap(int probability, int impact, int score,
                                                             RiskSeverity severity) {
        RiskRating rating = new RiskRating(probability, impact);
        assertThat(rating.score()).isEqualTo(score);
        assertThat(rating.severity()).isEqualTo(severity);
    }

    @ParameterizedTest
    @CsvSource({"0, 3, probability", "6, 3, probability", "3, 0, impact", "3, 6, impact"})
    void refusesRatingsOffTheOneToFiveScales(int probability, int impact, String field) {
        assertThatThrownBy(() -> new RiskRating(probability, impact))
                .isInstanceOfSatisfying(DomainRuleViolation.class, violation -> {
                    assertThat(violation.field()).isEqualTo(field);
                    assertThat(violation.reason()).isEqualTo(Reason.OUT_OF_RANGE);
                });
    }

    @Test
    void aRiskStatesCauseEventAndEffectWithAnOwner() {
        assertThatThrownBy(() -> new RiskDetails("cause", " ", "effect", new RiskRating(1, 1), "owner",
                ResponseStrategy.ACCEPT, null, RiskStatus.OPEN))
                .isInstanceOfSatisfying(DomainRuleViolation.class, violation -> assertThat(violation.field()).isEqualTo("event"));
        assertThatThrownBy(() -> new RiskDetails("cause", "event", "effect", new RiskRating(1, 1), null,
                ResponseStrategy.ACCEPT, null, RiskStatus.OPEN))
                .isInstanceOfSatisfying(DomainRuleViolation.class, violation -> assertThat(violation.field()).isEqualTo("owner"));
        assertThatThrownBy(() -> new RiskDetails("cause", "event", "effect", null, "owner",
                ResponseStrategy.ACCEPT, null, RiskStatus.OPEN))
                .isInstanceOfSatisfying(DomainRuleViolation.class, violation -> assertThat(violation.reason()).isEqualTo(Reason.REQUIRED));
    }

    @Test
    void isRevisedAsAWholeAndKeepsWhoRaisedIt() {
        project.pursuitGate().decide(Decision.GO, "Strategic client", List.of(), "exec", NOW);
        Risk risk = new Risk(project, 3, details(4, 5, RiskStatus.OPEN), "pm", NOW);
        assertThat(risk.reference()).isEqualTo("R-3");

        risk.revise(details(2, 5, RiskStatus.CLOSED), "am", NOW.plusSeconds(60));

        assertThat(risk.rating().severity()).isEqualTo(RiskSeverity.HIGH);
        assertThat(risk.status()).isEqualTo(RiskStatus.CLOSED);
        assertThat(risk.raisedBy()).isEqualTo("pm");
        assertThat(risk.changedBy()).isEqualTo("am");
        assertThat(risk.details().owner()).isEqualTo("Site manager");
    }

    @Test
    void aKilledProjectTakesNoNewRisks() {
        project.pursuitGate().decide(Decision.KILL, "Lost the tender", List.of(), "exec", NOW);
        assertThatThrownBy(() -> new Risk(project, 1, details(3, 3, RiskStatus.OPEN), "pm", NOW))
                .isInstanceOf(DomainRuleViolation.class);
    }

    @Test
    void theHeatMapHasEveryCellMostLikelyRowFirstAndCountsOpenRisksPerBand() {
        RiskHeatMap map = RiskHeatMap.of(Map.of(new RiskRating(5, 5), 2L, new RiskRating(1, 3), 1L, new RiskRating(3, 4), 4L));

        assertThat(map.cells()).hasSize(25);
        assertThat(map.cells().get(0)).isEqualTo(new RiskHeatMap.Cell(5, 1, 0));
        assertThat(map.cells().get(4)).isEqualTo(new RiskHeatMap.Cell(5, 5, 2));
        assertThat(map.cells().get(22)).isEqualTo(new RiskHeatMap.Cell(1, 3, 1));
        assertThat(map.openRisks()).isEqualTo(7);
        assertThat(map.risksOf(RiskSeverity.VERY_HIGH)).isEqualTo(2);
        assertThat(map.risksOf(RiskSeverity.HIGH)).isEqualTo(4);
        assertThat(map.risksOf(RiskSeverity.LOW)).isEqualTo(1);
        assertThat(map.risksOf(RiskSeverity.MEDIUM)).isZero();
    }
}
