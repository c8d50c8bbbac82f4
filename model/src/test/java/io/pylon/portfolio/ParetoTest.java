package io.pylon.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pylon.account.Tier;
import io.pylon.shared.DomainRuleViolation;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParetoTest {

    private static AccountValue worth(long id, String contracted, String pipeline) {
        return new AccountValue(id, new BigDecimal(contracted), new BigDecimal(pipeline));
    }

    private static List<Tier> tiers(List<Pareto.Placement> placements) {
        return placements.stream().map(Pareto.Placement::tier).toList();
    }

    private static List<Long> order(List<Pareto.Placement> placements) {
        return placements.stream().map(placement -> placement.account().accountId()).toList();
    }

    @Test
    void ranksByValueWithSharesThatAddUpToTheWhole() {
        List<Pareto.Placement> ranked = Pareto.rank(List.of(
                worth(1, "100", "0"), worth(2, "600", "100"), worth(3, "0", "200")), TierCutPoints.DEFAULT);

        assertThat(order(ranked)).containsExactly(2L, 3L, 1L);
        assertThat(ranked.get(0).share()).isEqualByComparingTo("0.7");
        assertThat(ranked.get(1).cumulativeShare()).isEqualByComparingTo("0.9");
        assertThat(ranked.get(2).cumulativeShare()).isEqualByComparingTo("1");
        assertThat(ranked.stream().map(Pareto.Placement::share).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("1");
    }

    @Test
    void theAccountThatCrossesTheCutIsStillAboveIt() {
        // Cumulative shares 0.5, 0.85, 0.96, 1.0: the second crosses 80 % from below, the third crosses 95 %.
        List<Pareto.Placement> ranked = Pareto.rank(List.of(
                worth(1, "50", "0"), worth(2, "35", "0"), worth(3, "11", "0"), worth(4, "4", "0")),
                TierCutPoints.DEFAULT);

        assertThat(tiers(ranked)).containsExactly(Tier.A, Tier.A, Tier.B, Tier.C);
    }

    @Test
    void anAccountStartingExactlyAtTheCutIsBelowIt() {
        List<Pareto.Placement> ranked = Pareto.rank(List.of(
                worth(1, "80", "0"), worth(2, "15", "0"), worth(3, "5", "0")), TierCutPoints.DEFAULT);

        assertThat(tiers(ranked)).containsExactly(Tier.A, Tier.B, Tier.C);
    }

    @Test
    void equalValuesKeepTheOrderOfTheirIds() {
        List<Pareto.Placement> ranked = Pareto.rank(List.of(
                worth(9, "10", "0"), worth(3, "0", "10"), worth(5, "5", "5")), TierCutPoints.DEFAULT);

        assertThat(order(ranked)).containsExactly(3L, 5L, 9L);
    }

    @Test
    void anAccountWithoutValueIsC() {
        List<Pareto.Placement> ranked = Pareto.rank(List.of(worth(1, "10", "0"), worth(2, "0", "0")),
                new TierCutPoints(100, 0));

        assertThat(tiers(ranked)).containsExactly(Tier.A, Tier.C);
    }

    @Test
    void aPortfolioWithoutValueIsAllCWithZeroShares() {
        List<Pareto.Placement> ranked = Pareto.rank(List.of(AccountValue.nothing(2), AccountValue.nothing(1)),
                TierCutPoints.DEFAULT);

        assertThat(order(ranked)).containsExactly(1L, 2L);
        assertThat(tiers(ranked)).containsOnly(Tier.C);
        assertThat(ranked).allSatisfy(placement -> assertThat(placement.cumulativeShare()).isZero());
    }

    @Test
    void cutPointsFollowTheSettings() {
        List<Pareto.Placement> ranked = Pareto.rank(List.of(
                worth(1, "50", "0"), worth(2, "30", "0"), worth(3, "20", "0")), new TierCutPoints(50, 30));

        assertThat(tiers(ranked)).containsExactly(Tier.A, Tier.B, Tier.C);
    }

    @Test
    void refusesCutPointsBeyondTheWhole() {
        assertThatThrownBy(() -> new TierCutPoints(0, 10)).isInstanceOf(DomainRuleViolation.class)
                .extracting(e -> ((DomainRuleViolation) e).field()).isEqualTo("aPercent");
        assertThatThrownBy(() -> new TierCutPoints(90, 11)).isInstanceOf(DomainRuleViolation.class)
                .extracting(e -> ((DomainRuleViolation) e).field()).isEqualTo("bPercent");
    }
}
