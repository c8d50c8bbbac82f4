package io.pylon.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pylon.shared.DomainRuleViolation;
import io.pylon.shared.Reason;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WeightingsTest {

    @Test
    void criteriaNotSetWeighTheirDefault() {
        Weightings weightings = new Weightings(Map.of(Criterion.GROWTH, new Weighting(55, false)));

        assertThat(weightings.of(Criterion.GROWTH)).isEqualTo(new Weighting(55, false));
        assertThat(weightings.of(Criterion.BUSINESS_SCALE)).isEqualTo(new Weighting(30, true));
        assertThat(weightings.byCriterion().keySet()).containsExactly(Criterion.values());
    }

    @Test
    void needsOneCriterionThatCounts() {
        Map<Criterion, Weighting> none = new EnumMap<>(Criterion.class);
        for (Criterion criterion : Criterion.values()) {
            none.put(criterion, criterion == Criterion.GROWTH ? new Weighting(0, true) : new Weighting(40, false));
        }

        assertThatThrownBy(() -> new Weightings(none))
                .isInstanceOfSatisfying(DomainRuleViolation.class, violation -> {
                    assertThat(violation.field()).isEqualTo("criteria");
                    assertThat(violation.reason()).isEqualTo(Reason.REQUIRED);
                });
    }

    @Test
    void weightsRunFromZeroToAHundred() {
        assertThat(new Weighting(0, true).counts()).isFalse();
        assertThat(new Weighting(100, true).counts()).isTrue();
        assertThatThrownBy(() -> new Weighting(101, true)).isInstanceOf(DomainRuleViolation.class);
        assertThatThrownBy(() -> new Weighting(-1, true)).isInstanceOf(DomainRuleViolation.class);
    }
}
