package io.pylon.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TeamRatingTest {

    @Test
    void aRatingScoresAQuarterOfTheScalePerStep() {
        StrategicSignificance strategic = new StrategicSignificance();

        assertThat(strategic.of(1, "am", "x").score()).isEqualByComparingTo("0");
        assertThat(strategic.of(3, "am", "x").score()).isEqualByComparingTo("50");
        assertThat(strategic.of(4, "am", "x").score()).isEqualByComparingTo("75");
        assertThat(strategic.of(5, "am", "x").score()).isEqualByComparingTo("100");
    }

    @Test
    void paymentBehaviourSaysThatItIsTheTeamsWordUntilReceivablesAreRecorded() {
        Measurement rated = new PaymentBehaviour().of(2, "am", "Pays 90 days late");

        assertThat(rated.score()).isEqualByComparingTo("25");
        assertThat(rated.explanation().code()).isEqualTo("payment.rated");
        assertThat(rated.explanation().text())
                .isEqualTo("Rated 2 of 5 by am: Pays 90 days late (the team's rating: receivables are not recorded yet)");
        assertThat(new PaymentBehaviour().nothingFound().explanation().text()).contains("receivables are not recorded yet");
    }
}
