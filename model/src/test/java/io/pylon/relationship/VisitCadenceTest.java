package io.pylon.relationship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pylon.account.Tier;
import io.pylon.shared.DomainRuleViolation;
import io.pylon.shared.Reason;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VisitCadenceTest {

    @Test
    void defaultsAreMonthlyQuarterlyAndTwiceAYear() {
        VisitCadence defaults = VisitCadence.defaults();
        assertThat(defaults.monthsFor(Tier.A)).isEqualTo(1);
        assertThat(defaults.monthsFor(Tier.B)).isEqualTo(3);
        assertThat(defaults.monthsFor(Tier.C)).isEqualTo(6);
    }

    @Test
    void takesOneToTwentyFourMonthsForEveryTier() {
        assertThat(new VisitCadence(Map.of(Tier.A, 1, Tier.B, 12, Tier.C, 24)).monthsFor(Tier.C)).isEqualTo(24);
        assertThatThrownBy(() -> new VisitCadence(Map.of(Tier.A, 0, Tier.B, 3, Tier.C, 6)))
                .isInstanceOfSatisfying(DomainRuleViolation.class, violation -> {
                    assertThat(violation.field()).isEqualTo("months.A");
                    assertThat(violation.reason()).isEqualTo(Reason.OUT_OF_RANGE);
                });
        assertThatThrownBy(() -> new VisitCadence(Map.of(Tier.A, 1, Tier.B, 3, Tier.C, 25)))
                .isInstanceOfSatisfying(DomainRuleViolation.class,
                        violation -> assertThat(violation.field()).isEqualTo("months.C"));
        assertThatThrownBy(() -> new VisitCadence(Map.of(Tier.A, 1, Tier.C, 6)))
                .isInstanceOfSatisfying(DomainRuleViolation.class, violation -> {
                    assertThat(violation.field()).isEqualTo("months.B");
                    assertThat(violation.reason()).isEqualTo(Reason.REQUIRED);
                });
    }

    @Test
    void overridesKeepTheOtherDefaults() {
        VisitCadence cadence = VisitCadence.defaultsWith(Map.of(Tier.B, 2));
        assertThat(cadence.months()).containsExactlyInAnyOrderEntriesOf(Map.of(Tier.A, 1, Tier.B, 2, Tier.C, 6));
    }
}
