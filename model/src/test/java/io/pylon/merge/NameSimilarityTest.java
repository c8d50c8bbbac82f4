package io.pylon.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class NameSimilarityTest {

    @Test
    void aNameContainedInAnotherIsANearDuplicate() {
        assertThat(NameSimilarity.of("MINISTRY OF PUBLIC WORKS", "Ministry of Public Works and Transport")).isEqualTo(1.0);
    }

    @Test
    void linkingWordsAndPunctuationDoNotCount() {
        assertThat(NameSimilarity.words("Ministry of Roads & Transport")).containsExactly("ministry", "roads", "transport");
        assertThat(NameSimilarity.of("Ministry of Roads & Transport", "Ministry of Roads and Transport")).isEqualTo(1.0);
        // An accent left out is a spelling variant.
        assertThat(NameSimilarity.of("Dirección de Vialidad", "Direccion Vialidad")).isEqualTo(1.0);
    }

    @Test
    void spellingVariantsAndAbbreviationsCountAsTheSameWord() {
        assertThat(NameSimilarity.of("Kenya Railways Corporation", "Kenya Railway Corp.")).isEqualTo(1.0);
        assertThat(NameSimilarity.of("Minstry of Helth", "Ministry of Health")).isEqualTo(1.0);
    }

    @Test
    void differentAgenciesOfOneMinistryAreNot() {
        double similarity = NameSimilarity.of("Ministry of Health", "Ministry of Finance");
        assertThat(similarity).isEqualTo(0.5);
        assertThat(similarity).isLessThan(NameSimilarity.THRESHOLD);
        assertThat(NameSimilarity.of("National Highways Authority", "National Water Authority"))
                .isCloseTo(2.0 / 3, within(1e-9)).isLessThan(NameSimilarity.THRESHOLD);
    }

    @Test
    void eachWordOfTheLongerNameMatchesOnce() {
        // "roads" must not stand for both "road" and "roads".
        assertThat(NameSimilarity.of("Road Roads Agency", "Roads Agency Board")).isCloseTo(2.0 / 3, within(1e-9));
    }

    @Test
    void aNameOfLinkingWordsOnlyIsLikeNothing() {
        assertThat(NameSimilarity.of("The", "Ministry of the Interior")).isZero();
    }

    @Test
    void isSymmetric() {
        assertThat(NameSimilarity.of("Port Authority of Tanzania", "Tanzania Ports Authority"))
                .isEqualTo(NameSimilarity.of("Tanzania Ports Authority", "Port Authority of Tanzania"))
                .isEqualTo(1.0);
    }
}
