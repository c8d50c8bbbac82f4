package io.pylon.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pylon.account.Sector;
import io.pylon.security.Role;
import io.pylon.shared.DomainRuleViolation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

class ProjectTemplateTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    private static AbstractThrowableAssert<?, ?> refused(Runnable make, String field, String reason) {
        return assertThatThrownBy(make::run).isInstanceOf(DomainRuleViolation.class)
                .hasFieldOrPropertyWithValue("field", field)
                .satisfies(e -> assertThat(((DomainRuleViolation) e).reason().code()).isEqualTo(reason));
    }

    private static GateTemplate gate(GateCode code) {
        return new GateTemplate(code, Set.of(Role.EXECUTIVE), List.of(CriterionTemplate.mustMeet("Done")));
    }

    @Test
    void everyCombinationHasADefaultOfTheFiveGatesInOrder() {
        for (Sector sector : Sector.values()) {
            for (ContractType type : ContractType.values()) {
                ProjectTemplate template = ProjectTemplate.defaults(sector, type);
                assertThat(template.gates()).extracting(GateTemplate::code)
                        .containsExactly(GateCode.G1, GateCode.G2, GateCode.G3, GateCode.G4, GateCode.G5);
                assertThat(template.gates()).allSatisfy(gate -> assertThat(gate.criteria()).isNotEmpty());
            }
        }
    }

    @Test
    void aCriterionIsTidiedAndRefusedWhenBlankTooLongOrWeighedWrongly() {
        assertThat(new CriterionTemplate("  Permits \n issued ", CriterionKind.MUST_MEET, 0).text())
                .isEqualTo("Permits issued");
        refused(() -> new CriterionTemplate(" ", CriterionKind.MUST_MEET, 0), "text", "blank");
        refused(() -> new CriterionTemplate("x".repeat(GateCriterion.MAX_TEXT + 1), CriterionKind.MUST_MEET, 0),
                "text", "too_long");
        refused(() -> new CriterionTemplate("Survey", null, 0), "kind", "required");
        refused(() -> new CriterionTemplate("Survey", CriterionKind.SHOULD_MEET, GateCriterion.MAX_WEIGHT + 1),
                "weight", "out_of_range");
        refused(() -> new CriterionTemplate("Survey", CriterionKind.SHOULD_MEET, -1), "weight", "out_of_range");
        refused(() -> new CriterionTemplate("Permits", CriterionKind.MUST_MEET, 10), "weight", "not_allowed");
        assertThat(new CriterionTemplate("Survey", CriterionKind.SHOULD_MEET, GateCriterion.MAX_WEIGHT).weight())
                .isEqualTo(100);
    }

    @Test
    void aGateNeedsADeciderAndAtMostSoManyCriteria() {
        refused(() -> new GateTemplate(GateCode.G1, Set.of(), List.of()), "deciders", "required");
        refused(() -> new GateTemplate(GateCode.G1, null, List.of()), "deciders", "required");
        refused(() -> new GateTemplate(null, Set.of(Role.EXECUTIVE), List.of()), "code", "required");
        List<CriterionTemplate> tooMany = new ArrayList<>();
        for (int i = 0; i <= GateTemplate.MAX_CRITERIA; i++) {
            tooMany.add(CriterionTemplate.mustMeet("Criterion " + i));
        }
        refused(() -> new GateTemplate(GateCode.G1, Set.of(Role.EXECUTIVE), tooMany), "criteria", "out_of_range");
        assertThat(new GateTemplate(GateCode.G1, Set.of(Role.EXECUTIVE), List.of()).criteria()).isEmpty();
    }

    @Test
    void aTemplateHasEveryGateG1ToG5OnceAndNoG0() {
        List<GateTemplate> shuffled = List.of(gate(GateCode.G3), gate(GateCode.G1), gate(GateCode.G5),
                gate(GateCode.G2), gate(GateCode.G4));
        assertThat(new ProjectTemplate(Sector.PORT, ContractType.PPP, shuffled).gates()).extracting(GateTemplate::code)
                .containsExactly(GateCode.G1, GateCode.G2, GateCode.G3, GateCode.G4, GateCode.G5);

        refused(() -> new ProjectTemplate(Sector.PORT, ContractType.PPP, List.of(gate(GateCode.G1), gate(GateCode.G2),
                gate(GateCode.G3), gate(GateCode.G4))), "gates", "required").hasMessageContaining("G5");
        refused(() -> new ProjectTemplate(Sector.PORT, ContractType.PPP, List.of(gate(GateCode.G1), gate(GateCode.G2),
                gate(GateCode.G2), gate(GateCode.G3), gate(GateCode.G4), gate(GateCode.G5))), "gates[2].code", "duplicate");
        refused(() -> new ProjectTemplate(Sector.PORT, ContractType.PPP, List.of(gate(GateCode.G0), gate(GateCode.G1),
                gate(GateCode.G2), gate(GateCode.G3), gate(GateCode.G4), gate(GateCode.G5))), "gates[0].code", "not_allowed");
        refused(() -> new ProjectTemplate(Sector.PORT, ContractType.PPP, null), "gates", "required");
    }

    @Test
    void anEditedTemplateGivesBackWhatWasStoredAndIsReplacedOnlyByItsOwnCombination() {
        ProjectTemplate edited = withFirstCriterion(ProjectTemplate.defaults(Sector.WATER, ContractType.EPC),
                CriterionTemplate.shouldMeet("Water tariff study", 30));
        EditedTemplate stored = new EditedTemplate(edited, "admin", NOW);
        assertThat(stored.template()).isEqualTo(edited);
        assertThat(stored.changedBy()).isEqualTo("admin");

        stored.replace(ProjectTemplate.defaults(Sector.WATER, ContractType.EPC), "admin2", NOW.plusSeconds(1));
        assertThat(stored.template()).isEqualTo(ProjectTemplate.defaults(Sector.WATER, ContractType.EPC));
        assertThat(stored.changedBy()).isEqualTo("admin2");
        assertThatThrownBy(() -> stored.replace(ProjectTemplate.defaults(Sector.RAIL, ContractType.EPC), "admin", NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** The template with {@code first} put before G1's criteria. */
    private static ProjectTemplate withFirstCriterion(ProjectTemplate template, CriterionTemplate first) {
        List<GateTemplate> gates = new ArrayList<>(template.gates());
        GateTemplate g1 = gates.get(0);
        List<CriterionTemplate> criteria = new ArrayList<>(List.of(first));
        criteria.addAll(g1.criteria());
        gates.set(0, new GateTemplate(g1.code(), g1.deciders(), criteria));
        return new ProjectTemplate(template.sector(), template.contractType(), gates);
    }
}
