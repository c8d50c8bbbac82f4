package io.pylon.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.pylon.account.Influence;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RelationshipStrengthTest {

    @Test
    void decisionMakersCountMost() {
        // A decision maker at 5 (weight 4) and a user at 1 (weight 1): (20 + 1) / 5 = 4.2, which scores (4.2 - 1) / 4 = 80.
        Measurement measured = RelationshipStrength.of(Map.of(
                Influence.DECISION_MAKER, new RelationshipStrength.Contacts(1, 5),
                Influence.USER, new RelationshipStrength.Contacts(1, 1)));

        assertThat(measured.figure()).isEqualByComparingTo("4.2");
        assertThat(measured.score()).isEqualByComparingTo("80");
        assertThat(measured.explanation().args()).containsEntry("contacts", "2").containsEntry("decisionMakers", "1")
                .containsEntry("average", "4.20");
    }

    @Test
    void theWeakestScoreNothingAndTheStrongestAHundred() {
        assertThat(RelationshipStrength.of(Map.of(Influence.INFLUENCER, new RelationshipStrength.Contacts(3, 3)))
                .score()).isEqualByComparingTo("0");
        assertThat(RelationshipStrength.of(Map.of(Influence.GATEKEEPER, new RelationshipStrength.Contacts(2, 10)))
                .score()).isEqualByComparingTo("100");
    }
}
