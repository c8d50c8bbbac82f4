package io.pylon.project;

import static org.assertj.core.api.Assertions.assertThat;

import io.pylon.account.Account;
import io.pylon.account.AccountProfile;
import io.pylon.account.AgencyType;
import io.pylon.account.Classification;
import io.pylon.account.Sector;
import io.pylon.shared.CountryCode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WeightedScoreTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    private final Project project = new Project(new PlannedProject("Nairobi commuter rail", new Account(
            new AccountProfile("Kenya Railways Corporation", null, CountryCode.of("KEN"),
                    AgencyType.STATE_OWNED_ENTERPRISE, Set.of(Sector.RAIL), null, Classification.INDUSTRY)), null,
            CountryCode.of("KEN"), Sector.RAIL, ContractType.EPC_F), GateTemplates.defaults(Sector.RAIL, ContractType.EPC_F));

    /** G2 of a rail EPC+F project, under review: should-meet weights 50, 50 and 40. */
    private Gate g2UnderReview() {
        project.pursuitGate().decide(Decision.GO, "Strategic client", List.of(), "exec", NOW);
        Gate g1 = gate(GateCode.G1);
        g1.criteria().stream().filter(criterion -> criterion.kind() == CriterionKind.MUST_MEET)
                .forEach(criterion -> criterion.assess(CriterionStatus.MET, null, "Done", "bid", NOW));
        g1.decide(Decision.GO, "Bid", List.of(), "exec", NOW);
        return gate(GateCode.G2);
    }

    private Gate gate(GateCode code) {
        return project.gates().stream().filter(gate -> gate.code() == code).findFirst().orElseThrow();
    }

    private static GateCriterion shouldMeet(Gate gate, String text) {
        return gate.criteria().stream().filter(criterion -> criterion.text().equals(text)).findFirst().orElseThrow();
    }

    @Test
    void averagesTheScoresByWeightOverTheShouldMeetCriteriaScoredSoFar() {
        Gate g2 = g2UnderReview();
        assertThat(g2.weightedScore()).as("nothing scored yet").isEmpty();
        g2.criteria().stream().filter(criterion -> criterion.kind() == CriterionKind.MUST_MEET).findFirst().orElseThrow()
                .assess(CriterionStatus.MET, null, "Frozen", "bid", NOW);
        assertThat(g2.weightedScore()).as("must-meet criteria are not scored").isEmpty();

        shouldMeet(g2, "Subcontractor quotes for the main packages").assess(CriterionStatus.MET, 4, null, "bid", NOW);
        shouldMeet(g2, "Signalling and rolling-stock interfaces frozen").assess(CriterionStatus.NOT_MET, 2, null, "bid", NOW);

        // (50 x 4 + 40 x 2) / 90 = 3.11, the third criterion (weight 50) still unscored.
        assertThat(g2.weightedScore()).contains(new WeightedScore(new BigDecimal("3.11"), 90, 140));
        assertThat(g2.weightedScore().orElseThrow().percent()).isEqualTo(62);

        shouldMeet(g2, "Proposal reviewed by legal and tax").assess(CriterionStatus.MET, 5, null, "bid", NOW);
        // (200 + 80 + 250) / 140 = 3.79
        assertThat(g2.weightedScore()).contains(new WeightedScore(new BigDecimal("3.79"), 140, 140));
        assertThat(g2.weightedScore().orElseThrow().percent()).isEqualTo(76);

        g2.decide(Decision.RECYCLE, "Scope changed", List.of(), "exec", NOW);
        assertThat(g2.weightedScore()).as("a recycle clears the scores").isEmpty();
        assertThat(gate(GateCode.G0).weightedScore()).as("a gate without should-meet criteria").isEmpty();
    }
}
