package io.pylon.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pylon.account.Account;
import io.pylon.account.AccountProfile;
import io.pylon.account.AgencyType;
import io.pylon.account.Classification;
import io.pylon.account.Sector;
import io.pylon.security.Role;
import io.pylon.shared.CountryCode;
import io.pylon.shared.DomainRuleViolation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GateTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    private final Account agency = new Account(new AccountProfile("Kenya Railways Corporation", null,
            CountryCode.of("KEN"), AgencyType.STATE_OWNED_ENTERPRISE, Set.of(Sector.RAIL), null,
            Classification.INDUSTRY));
    private final Project project = new Project(new PlannedProject("Nairobi commuter rail", agency, null,
            CountryCode.of("KEN"), Sector.RAIL, ContractType.EPC_F), GateTemplates.defaults(Sector.RAIL, ContractType.EPC_F));

    private Gate gate(GateCode code) {
        return project.gates().stream().filter(gate -> gate.code() == code).findFirst().orElseThrow();
    }

    private void pursue() {
        project.pursuitGate().decide(Decision.GO, "Strategic client", List.of(), "exec", NOW);
    }

    private static List<GateCriterion> ofKind(Gate gate, CriterionKind kind) {
        return gate.criteria().stream().filter(criterion -> criterion.kind() == kind).toList();
    }

    @Test
    void aNewProjectEntersPlanningThroughItsPursuitDecisionWithG1Next() {
        assertThat(project.phase()).isNull();
        assertThat(project.nextGate()).contains(GateCode.G0);
        assertThat(project.gates()).extracting(Gate::code).containsExactly(GateCode.values());

        GateDecision pursued = project.pursuitGate().decide(Decision.GO, "Strategic client", List.of(), "exec", NOW);

        assertThat(pursued.decidedBy()).isEqualTo("exec");
        assertThat(project.phase()).isEqualTo(Phase.PLANNING);
        assertThat(project.nextGate()).contains(GateCode.G1);
        assertThat(project.pursuitGate().state()).isEqualTo(GateState.PASSED);
        assertThat(project.pursuitGate().actualOn()).isEqualTo(LocalDate.of(2026, 11, 27));
    }

    @Test
    void theTemplateAddsWhatTheContractTypeAndSectorNeedAndNamesTheDeciders() {
        assertThat(gate(GateCode.G1).criteria()).extracting(GateCriterion::text)
                .contains("Financing route identified (export-credit eligibility)");
        assertThat(gate(GateCode.G3).criteria()).extracting(GateCriterion::text)
                .contains("Export-credit cover issued", "Land acquisition and resettlement plan approved");
        assertThat(gate(GateCode.G3).deciders()).containsExactly(Role.EXECUTIVE);
        assertThat(gate(GateCode.G4).deciders()).contains(Role.PROJECT_MANAGER);
        assertThat(GateTemplates.defaults(Sector.POWER, ContractType.EPC).get(2).criteria())
                .extracting(CriterionTemplate::text)
                .contains("Grid connection agreement signed").doesNotContain("Export-credit cover issued");
    }

    @Test
    void aGoIsRefusedWhileAMustMeetCriterionIsNeitherMetNorWaived() {
        pursue();
        Gate g1 = gate(GateCode.G1);
        List<GateCriterion> mustMeet = ofKind(g1, CriterionKind.MUST_MEET);
        mustMeet.get(0).assess(CriterionStatus.MET, null, "Estimate of 1.2 bn", "bid", NOW);

        assertThatThrownBy(() -> g1.decide(Decision.GO, "Bid", List.of(), "bid", NOW))
                .isInstanceOfSatisfying(GateRefused.class, refused ->
                        assertThat(refused.unmet()).containsExactlyElementsOf(mustMeet.subList(1, mustMeet.size())));
        assertThat(project.phase()).isEqualTo(Phase.PLANNING);

        mustMeet.get(1).assess(CriterionStatus.MET, null, null, "bid", NOW);
        mustMeet.get(2).waive("Covered by the framework agreement", "exec", NOW);
        g1.decide(Decision.GO, "Bid", List.of(), "bid", NOW);

        assertThat(project.phase()).isEqualTo(Phase.DESIGN);
        assertThat(g1.state()).isEqualTo(GateState.PASSED);
        assertThat(project.nextGate()).contains(GateCode.G2);
    }

    @Test
    void onlyTheNextGateIsDecidedAndAKilledProjectIsDecidedNoMore() {
        pursue();
        assertThatThrownBy(() -> gate(GateCode.G2).decide(Decision.HOLD, "Too early", List.of(), "exec", NOW))
                .isInstanceOf(GateRefused.class).hasMessageContaining("not the project's next gate");

        gate(GateCode.G1).decide(Decision.KILL, "Client cancelled the tender", List.of(), "exec", NOW);

        assertThat(project.isKilled()).isTrue();
        assertThat(project.nextGate()).isEmpty();
        assertThat(gate(GateCode.G1).state()).isEqualTo(GateState.KILLED);
        assertThatThrownBy(() -> gate(GateCode.G1).decide(Decision.GO, "Changed our mind", List.of(), "exec", NOW))
                .isInstanceOf(GateRefused.class).hasMessageContaining("killed");
        assertThatThrownBy(() -> gate(GateCode.G1).criteria().get(0).assess(CriterionStatus.MET, null, null, "bid", NOW))
                .isInstanceOf(GateRefused.class);
    }

    @Test
    void holdStopsAtTheGateAndRecycleOpensItsCriteriaAgain() {
        pursue();
        Gate g1 = gate(GateCode.G1);
        g1.decide(Decision.HOLD, "Waiting for the budget vote", List.of(), "exec", NOW);
        assertThat(g1.state()).isEqualTo(GateState.ON_HOLD);
        assertThat(project.phase()).isEqualTo(Phase.PLANNING);

        GateCriterion scored = ofKind(g1, CriterionKind.SHOULD_MEET).get(0);
        scored.assess(CriterionStatus.MET, 4, "Strong position", "bid", NOW);
        g1.decide(Decision.RECYCLE, "Scope changed: estimate again", List.of(), "exec", NOW);

        assertThat(g1.state()).isEqualTo(GateState.PENDING);
        assertThat(g1.criteria()).allSatisfy(c -> assertThat(c.status()).isEqualTo(CriterionStatus.OPEN));
        assertThat(scored.score()).isNull();
        assertThat(scored.note()).as("the reviewers' notes stay").isEqualTo("Strong position");
        assertThat(project.phase()).isEqualTo(Phase.PLANNING);
    }

    @Test
    void conditionsGoWithAConditionalGoOnlyAndScoresWithShouldMeetCriteriaOnly() {
        pursue();
        Gate g1 = gate(GateCode.G1);
        assertThatThrownBy(() -> g1.decide(Decision.CONDITIONAL_GO, "Go if", List.of(), "exec", NOW))
                .isInstanceOfSatisfying(DomainRuleViolation.class, e -> assertThat(e.field()).isEqualTo("conditions"));
        List<GateCondition> conditions = List.of(new GateCondition("Budget voted", LocalDate.of(2027, 1, 31)));
        assertThatThrownBy(() -> g1.decide(Decision.HOLD, "Wait", conditions, "exec", NOW))
                .isInstanceOf(DomainRuleViolation.class);
        assertThatThrownBy(() -> g1.decide(Decision.GO, " ", List.of(), "exec", NOW))
                .isInstanceOfSatisfying(DomainRuleViolation.class, e -> assertThat(e.field()).isEqualTo("rationale"));

        GateCriterion mustMeet = ofKind(g1, CriterionKind.MUST_MEET).get(0);
        assertThatThrownBy(() -> mustMeet.assess(CriterionStatus.MET, 3, null, "bid", NOW))
                .isInstanceOfSatisfying(DomainRuleViolation.class, e -> assertThat(e.field()).isEqualTo("score"));
        assertThatThrownBy(() -> mustMeet.waive("", "exec", NOW)).isInstanceOf(DomainRuleViolation.class);
        GateCriterion shouldMeet = ofKind(g1, CriterionKind.SHOULD_MEET).get(0);
        assertThatThrownBy(() -> shouldMeet.waive("Not needed", "exec", NOW)).isInstanceOf(DomainRuleViolation.class);
        assertThatThrownBy(() -> shouldMeet.assess(CriterionStatus.MET, 6, null, "bid", NOW))
                .isInstanceOf(DomainRuleViolation.class);
    }

    @Test
    void slippageIsTheActualDateAgainstThePlannedOneOrTodayWhileOverdue() {
        pursue();
        Gate g1 = gate(GateCode.G1);
        assertThat(g1.slippageDays(LocalDate.of(2026, 12, 1))).isEmpty();
        project.plan(GateCode.G1, LocalDate.of(2026, 12, 10));
        assertThat(g1.slippageDays(LocalDate.of(2026, 12, 1))).contains(0L);
        assertThat(g1.slippageDays(LocalDate.of(2026, 12, 17))).contains(7L);
        ofKind(g1, CriterionKind.MUST_MEET).forEach(c -> c.waive("Framework agreement", "exec", NOW));
        g1.decide(Decision.GO, "Bid", List.of(), "exec", Instant.parse("2026-12-17T09:00:00Z"));
        assertThat(g1.slippageDays(LocalDate.of(2027, 3, 1))).as("passed on 2026-12-17").contains(7L);
    }

    @Test
    void gatesArePlannedInOrderAndNotBeforeTheProjectStarted() {
        pursue();
        project.plan(GateCode.G2, LocalDate.of(2027, 6, 30));
        assertThatThrownBy(() -> project.plan(GateCode.G1, LocalDate.of(2026, 11, 26)))
                .isInstanceOfSatisfying(DomainRuleViolation.class, e -> assertThat(e.getMessage()).contains("2026-11-27"));
        assertThatThrownBy(() -> project.plan(GateCode.G1, LocalDate.of(2027, 7, 1)))
                .isInstanceOfSatisfying(DomainRuleViolation.class, e -> assertThat(e.getMessage()).contains("after G2"));
        assertThatThrownBy(() -> project.plan(GateCode.G3, LocalDate.of(2027, 6, 29)))
                .isInstanceOfSatisfying(DomainRuleViolation.class, e -> assertThat(e.getMessage()).contains("before G2"));

        project.plan(GateCode.G1, LocalDate.of(2027, 2, 1));
        project.plan(GateCode.G2, null);
        project.plan(GateCode.G3, LocalDate.of(2027, 6, 29));
        assertThat(gate(GateCode.G1).plannedOn()).isEqualTo(LocalDate.of(2027, 2, 1));
        assertThat(gate(GateCode.G2).plannedOn()).isNull();
    }

    @Test
    void importedProjectsTakeTheirPhaseFromTheFinanciersStatus() {
        assertThat(Phase.ofImported(ProjectStatus.PIPELINE)).isEqualTo(Phase.PLANNING);
        assertThat(Phase.ofImported(ProjectStatus.ACTIVE)).isEqualTo(Phase.CONSTRUCTION);
        assertThat(Phase.ofImported(ProjectStatus.CLOSED)).isEqualTo(Phase.CLOSED);
        assertThat(Phase.ofImported(ProjectStatus.DROPPED)).isEqualTo(Phase.CLOSED);
    }
}
