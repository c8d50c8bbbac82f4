package io.pylon.opportunity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pylon.account.Sector;
import io.pylon.shared.CountryCode;
import io.pylon.shared.DomainRuleViolation;
import io.pylon.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class OpportunityDetailsTest {

    private static OpportunityDetails details(String amount, int probability) {
        return new OpportunityDetails("  Nairobi   commuter rail ", Sector.RAIL, CountryCode.of("KEN"),
                Money.of(new BigDecimal(amount), Currency.getInstance("USD")), probability, OpportunityStage.BIDDING,
                LocalDate.of(2027, 3, 31));
    }

    @Test
    void tidiesTheTitle() {
        assertThat(details("1000", 40).title()).isEqualTo("Nairobi commuter rail");
    }

    @Test
    void refusesProbabilitiesOutsideZeroToHundredAndValuesThatAreNotPositive() {
        assertThat(details("1", 0).winProbabilityPercent()).isZero();
        assertThat(details("1", 100).winProbabilityPercent()).isEqualTo(100);
        assertThatThrownBy(() -> details("1000", 101)).isInstanceOf(DomainRuleViolation.class)
                .extracting(e -> ((DomainRuleViolation) e).field()).isEqualTo("winProbabilityPercent");
        assertThatThrownBy(() -> details("1000", -1)).isInstanceOf(DomainRuleViolation.class);
        assertThatThrownBy(() -> details("0", 50)).isInstanceOf(DomainRuleViolation.class)
                .extracting(e -> ((DomainRuleViolation) e).field()).isEqualTo("estimatedValue.amount");
    }
}
